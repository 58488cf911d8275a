import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyPlan } from '../../src/content/apply-plan.ts';
import { collectFields } from '../../src/content/collect-fields.ts';
import { planFill } from '../../src/core/plan-fill.ts';
import { createProfile } from '../support/factories.ts';
import { stubLayout } from '../support/layout-stub.ts';

// Form builders that name each box of a group only by the group's caption (aria-labelledby to
// "Full Name", "Mailing Address") and print the box's own name above it as a plain span.

let unstub: () => void;
beforeAll(() => { unstub = stubLayout(); });
afterAll(() => unstub());

const box = (caption: string, sub: string, name: string) =>
  `<span><span class="sub">${sub}</span><input type="text" name="${name}" id="${name}" aria-labelledby="${caption}"></span>`;

describe('boxes named by a shared caption and a sublabel of their own', () => {
  it('"Full Name" over First, Middle, Last and "Mailing Address" over its lines: each box gets its own value', () => {
    document.body.innerHTML = `<form action="/send">
      <div><span id="cap-name">Full Name *</span>${box('cap-name', 'First', 'q3_first')}${box('cap-name', 'Middle', 'q3_middle')}${box('cap-name', 'Last', 'q3_last')}</div>
      <label for="email">Email</label><input type="email" id="email" name="email">
      <div><span id="cap-addr">Mailing Address</span>${box('cap-addr', 'Street Address', 'q6_line1')}${box('cap-addr', 'City', 'q6_city')}${box('cap-addr', 'Zip Code', 'q6_postal')}</div>
      <label for="message">Message</label><textarea id="message" name="message"></textarea><button>Send</button></form>`;
    const read = collectFields(document);
    const plan = planFill(read.fields, read.groups, { profile: createProfile(), subject: 'Belarus', messages: ['Dear Senator'], topics: [], wantsResponse: true, knownMessageLimit: null });
    applyPlan(plan, read.elements);
    const value = (id: string) => (document.getElementById(id) as HTMLInputElement).value;
    const p = createProfile();
    expect(['q3_first', 'q3_middle', 'q3_last', 'q6_line1', 'q6_city', 'q6_postal'].map(value))
      .toEqual([p.firstName, '', p.lastName, `${p.street}, ${p.street2}`, p.city, p.zip]);
  });
});

describe('forms that print each label in the cell after its box', () => {
  it('an old table form with the words to the right: every box, the ZIP in two boxes, the topic and the reply box', () => {
    const row = (control: string, words: string) => `<tr><td>${control}</td><td><img src="/req.gif" alt="Required"> ${words}</td></tr>`;
    document.body.innerHTML = `<form action="/send"><table>
      ${row('<input type="text" name="f_fn" id="fn">', 'First Name')}${row('<input type="text" name="f_ln" id="ln">', 'Last Name')}
      ${row('<input type="text" name="f_a1" id="a1">', 'Street Address')}${row('<input type="text" name="f_cy" id="cy">', 'City')}
      ${row('<input type="text" name="f_z5" id="z5" size="5" maxlength="5"> - <input type="text" name="f_z4" id="z4" size="4" maxlength="4">', 'Zip Code + 4')}
      ${row('<input type="text" name="f_em" id="em">', 'E-mail')}
      ${row('<select name="f_top" id="top"><option value=""></option><option value="AGR">Agriculture</option><option value="INTL">International Relations</option></select>', 'Issue')}
      ${row('<textarea name="f_msg" id="msg"></textarea>', 'Message')}
      ${row('<input type="checkbox" name="f_resp" id="resp" value="Y">', 'Check here if you would like a response')}
    </table><button>Send</button></form>`;
    const read = collectFields(document);
    const plan = planFill(read.fields, read.groups, { profile: createProfile(), subject: 'Belarus', messages: ['Dear Representative'], topics: ['International Relations'], wantsResponse: true, knownMessageLimit: null });
    applyPlan(plan, read.elements);
    const p = createProfile();
    const value = (id: string) => (document.getElementById(id) as HTMLInputElement).value;
    expect(['fn', 'ln', 'a1', 'cy', 'z5', 'z4', 'em', 'top'].map(value)).toEqual([p.firstName, p.lastName, `${p.street}, ${p.street2}`, p.city, p.zip, p.zip4, p.email, 'INTL']);
    expect((document.getElementById('resp') as HTMLInputElement).checked).toBe(true);
  });
});

describe('topics grouped under headings', () => {
  it('"General" under "Foreign Affairs" is the letter\'s topic, not "General" under "Agriculture"', () => {
    document.body.innerHTML = `<form action="/send"><label for="email">Email</label><input type="email" id="email">
      <label for="issue">Issue</label><select id="issue"><option value="">Choose</option>
      <optgroup label="Agriculture"><option value="AG-GEN">General</option><option value="AG-FARM">Farm Bill</option></optgroup>
      <optgroup label="Foreign Affairs"><option value="FA-GEN">General</option><option value="FA-AID">Foreign Aid</option></optgroup></select>
      <label for="message">Message</label><textarea id="message"></textarea><button>Send</button></form>`;
    const read = collectFields(document);
    const plan = planFill(read.fields, read.groups, { profile: createProfile(), subject: 'Belarus', messages: ['Dear Representative'], topics: ['Foreign Affairs'], wantsResponse: true, knownMessageLimit: null });
    applyPlan(plan, read.elements);
    expect((document.getElementById('issue') as HTMLSelectElement).value).toBe('FA-GEN');
  });
});
