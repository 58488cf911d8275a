import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProfile } from '../support/factories.ts';
import { fillPage as fill } from '../support/fill-page.ts';
import { stubLayout } from '../support/layout-stub.ts';

// Words a page shows near a form that are not any field's label: the page's title before the
// form, an office's own name. A field with no label of its own is read by its name then.

let unstub: () => void;
beforeAll(() => { unstub = stubLayout(); });
afterAll(() => unstub());

const profile = createProfile();

/** A form whose boxes say what they are only by their names, as many older office forms do. */
const UNLABELLED = `<p><input type="text" id="first" name="fname"></p><p><input type="text" id="last" name="lastname"></p>
  <p><input type="text" id="emailaddress" name="email"></p><p><input type="text" id="subject" name="subject"></p>
  <p><textarea id="message" name="message"></textarea></p><button type="submit">Submit</button>`;
const BY_NAME = { first: profile.firstName, last: profile.lastName, emailaddress: profile.email, subject: 'Belarus', message: 'Dear Secretary' };

describe('a page\'s words that are not a field\'s label', () => {
  for (const title of ['Contact the US Department of State', 'Email Senator Smith', 'Write to the Secretary of State', 'Send a message to your Representative', 'Phone, mail or email our office']) {
    it(`the page's title before the form ("${title}") is not the first box's label: each box is read by its name`, () => {
      expect(fill(`<h1>${title}</h1><form method="post">${UNLABELLED}</form>`)).toEqual(BY_NAME);
    });
  }

  it('the same with the title of the form\'s section, the box two levels into the form', () => {
    expect(fill(`<main><section><h2>Email Senator Smith</h2><form method="post"><div class="row">${UNLABELLED}</div></form></section></main>`)).toEqual(BY_NAME);
  });

  for (const title of ['Email Senator Smith', 'Contact the Department of State', 'Phone or email us']) {
    it(`the form's own title inside it ("${title}"), right above the first box: each box is read by its name`, () => {
      expect(fill(`<form method="post"><h2>${title}</h2>${UNLABELLED}</form>`)).toEqual(BY_NAME);
      expect(fill(`<form method="post"><div class="title"><h3>${title}</h3></div><div class="row">${UNLABELLED}</div></form>`)).toEqual(BY_NAME);
      expect(fill(`<form method="post"><div role="heading" aria-level="2">${title}</div>${UNLABELLED}</form>`)).toEqual(BY_NAME);
    });
  }

  it('a heading that is a box\'s only words still says what it is ("Email" over a box with an opaque name)', () => {
    expect(fill(`<form method="post"><h4>Email</h4><input type="text" id="em" name="q_8f3a21"><h4>Your message</h4><textarea id="msg" name="q_8f3a22"></textarea></form>`))
      .toEqual({ em: profile.email, msg: 'Dear Secretary' });
  });

  it('a heading over a box still forbids it: "Payment details" over an unnamed box, "Emergency contact" over a name box', () => {
    expect(fill(`<form method="post"><h3>Payment details</h3><input type="text" id="pay" name="q1"><label for="em">Email</label><input type="email" id="em" name="em"></form>`).pay).toBe('');
    expect(fill(`<form method="post"><h3>Emergency contact</h3><input type="text" id="who" name="first_name"><label for="em">Email</label><input type="email" id="em" name="em"><label for="msg">Message</label><textarea id="msg" name="msg"></textarea></form>`))
      .toEqual({ who: '', em: profile.email, msg: 'Dear Secretary' });
  });

  it('an office\'s name is no state: "Department of State", "State Department" and "Secretary of State" as a box\'s only words', () => {
    const values = fill(`<form method="post">
      <p>Department of State <input type="text" id="a" name="x1"></p>
      <p><label for="b">Your message to the State Department</label><textarea id="b" name="x2"></textarea></p>
      <p><label for="c">State</label><select id="c" name="x3"><option value="">Choose</option><option value="IL">Illinois</option><option value="IA">Iowa</option></select></p>
      </form>`);
    expect(values).toEqual({ a: '', b: 'Dear Secretary', c: 'Illinois' });
  });

  it('a label before the form still counts when it names its box (for=)', () => {
    expect(fill(`<label for="em">Email address</label><form method="post"><input type="text" id="em" name="q7"><textarea id="msg" name="q8"></textarea></form>`))
      .toEqual({ em: profile.email, msg: 'Dear Secretary' });
  });
});
