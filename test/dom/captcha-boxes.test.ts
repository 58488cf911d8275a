import { describe, expect, it } from 'vitest';
import { collectFields } from '../../src/content/collect-fields.ts';

/** Which named fields the read places by a CAPTCHA: the answer box a person types the picture's letters in. */
function byCaptcha(html: string): Record<string, boolean> {
  document.body.innerHTML = html;
  return Object.fromEntries(collectFields(document).fields.map((f) => [f.name, f.nearCaptcha]));
}

const PICTURE = '<img src="/captcha/image.png" alt="Security code">';

describe('a box beside a CAPTCHA picture', () => {
  it('alone with the picture in its box, or up to three boxes up, it is the answer box', () => {
    expect(byCaptcha(`<form><p><label>Name <input name="name"></label></p>
      <div>${PICTURE}<input name="answer"></div>
      <div>${PICTURE}<div><span><input name="deep"></span></div></div></form>`)).toEqual({ name: false, answer: true, deep: true });
  });
  it('a box that holds another control before the picture is reached is a form row, not the answer box', () => {
    expect(byCaptcha(`<form><div>${PICTURE}<div><input name="first"><input name="last"></div></div>
      <div>${PICTURE}<select name="state"><option>IL</option></select><textarea name="message"></textarea></div></form>`))
      .toEqual({ first: false, last: false, state: false, message: false });
  });
  it('the control beside it may come before or after it in the page, and a hidden one does not count', () => {
    expect(byCaptcha(`<form><div><input name="before"><div>${PICTURE}<input name="a1"></div></div>
      <div><div>${PICTURE}<input name="a2"><input type="hidden" name="token"></div><input name="after"></div></form>`))
      .toEqual({ before: false, a1: true, a2: true, after: false });
  });
  it('a box among thousands of survey controls is judged by its own neighbours', () => {
    const survey = Array.from({ length: 3000 }, (_, i) => `<div><input name="q${i}"></div>`).join('');
    // A form is read up to 400 controls: the answer box is in a form of its own, between two surveys.
    const fields = byCaptcha(`<form>${survey}</form><form><div>${PICTURE}<input name="answer"></div></form><form>${survey.replace(/q(\d)/g, 'r$1')}</form>`);
    expect(fields.answer).toBe(true);
    expect(fields.q0).toBe(false);
    expect(fields.r0).toBe(false);
  });
});
