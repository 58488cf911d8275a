import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProfile } from '../support/factories.ts';
import { fillPage } from '../support/fill-page.ts';
import { stubLayout } from '../support/layout-stub.ts';

// Forms whose boxes carry no label a script can read (the words are drawn in an image, or set
// apart from the box by the page's layout): their names say what they are, numbers included.

let unstub: () => void;
beforeAll(() => { unstub = stubLayout(); });
afterAll(() => unstub());

const profile = createProfile();
const ISSUES = ['Agriculture', 'Budget', 'Defense and Military', 'Education', 'Energy', 'Environment', 'Foreign Affairs', 'Health Care', 'Immigration', 'Taxes', 'Trade', 'Veterans'];
const options = (texts: string[]) => `<option value="">- Select -</option>${texts.map((t, i) => `<option value="o${i}">${t}</option>`).join('')}`;
const box = (id: string, name: string) => `<p><input type="text" id="${id}" name="${name}"></p>`;

describe('a ZIP in two boxes named by their digits', () => {
  for (const [five, four] of [['zip5', 'zip4'], ['required-zip5', 'zip4'], ['ctl00$ctl13$Zip5', 'ctl00$ctl13$Zip4'], ['zip_5', 'zip_4']] as const) {
    it(`"${five}" gets the five digits and "${four}" the four, the address before them whole`, () => {
      const values = fillPage(`<form method="post">${box('fn', 'required-first')}${box('ln', 'required-last')}${box('ad', 'required-address')}${box('ci', 'required-city')}
        ${box('z5', five)}${box('z4', four)}${box('em', 'required-email')}<p><textarea id="msg" name="required-message"></textarea></p></form>`);
      expect(values).toEqual({ fn: profile.firstName, ln: profile.lastName, ad: `${profile.street}, ${profile.street2}`, ci: profile.city, z5: profile.zip, z4: profile.zip4, em: profile.email, msg: 'Dear Secretary' });
    });
  }

  it('address lines named by their numbers: the first gets the street, the second the apartment, a third is left alone', () => {
    const values = fillPage(`<form method="post">${box('a1', 'Address1')}${box('a2', 'Address2')}${box('a3', 'Address3')}${box('ci', 'City')}${box('em', 'Email')}<textarea id="msg" name="Message"></textarea></form>`);
    expect(values).toEqual({ a1: profile.street, a2: profile.street2, a3: '', ci: profile.city, em: profile.email, msg: 'Dear Secretary' });
  });

  it('a number a form builder gives each question ("q2", "f3") is no address line or ZIP part', () => {
    const values = fillPage(`<form method="post">${box('q1', 'first')}${box('q2', 'address')}${box('q3', 'city')}${box('q4', 'zip')}${box('q5', 'email')}<textarea id="q6" name="message"></textarea></form>`);
    expect(values).toEqual({ q1: profile.firstName, q2: `${profile.street}, ${profile.street2}`, q3: profile.city, q4: profile.zip, q5: profile.email, q6: 'Dear Secretary' });
  });
});

describe('a select of policy areas is the topic, whatever its label says', () => {
  it('named by an opaque id, with no label: the closest policy area is chosen', () => {
    const values = fillPage(`<form method="post">${box('fn', 'first_name')}${box('em', 'email')}<select id="t" name="input_8F0A1C2E">${options(ISSUES)}</select><textarea id="msg" name="message"></textarea></form>`);
    expect(values.t).toBe('Foreign Affairs');
  });

  it('labelled in words the rules do not know ("Legislation you are writing about")', () => {
    const values = fillPage(`<form method="post"><label for="fn">First name</label><input id="fn" name="a"><label for="em">Email</label><input id="em" name="b">
      <label for="t">Legislation you are writing about</label><select id="t" name="c">${options(ISSUES)}</select><label for="msg">Message</label><textarea id="msg" name="d"></textarea></form>`);
    expect(values.t).toBe('Foreign Affairs');
  });

  it('a select of a few other things that mentions a policy word or two is left alone', () => {
    const values = fillPage(`<form method="post"><label for="fn">First name</label><input id="fn" name="a"><label for="em">Email</label><input id="em" name="b">
      <label for="h">How did you hear about us?</label><select id="h" name="c">${options(['Television', 'Radio', 'A town hall on health care', 'An event on education', 'A friend', 'Other'])}</select>
      <label for="msg">Message</label><textarea id="msg" name="d"></textarea></form>`);
    expect(values.h).toBe('');
    expect(values.em).toBe(profile.email);
  });
});
