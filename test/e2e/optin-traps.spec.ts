import { TEST_PROFILE } from '../support/factories.ts';
import { expect, fillWrittenPage, seed, test } from './harness.ts';

// A box that reads as "please reply" to the extension but signs the person up for a newsletter
// to the eye, or by its fine print. Each trap is on a page of its own beside a plain contact
// form (a page's reply boxes are one question, so two traps on a page would hide each other):
// the trap stays as the page had it, and the form is filled.

interface Trap { id: string; html: string; css?: string }

const TRAPS: Trap[] = [
  { id: 'fine-print', html: '<div class="box"><input type="checkbox" id="trap" name="reply"><label for="trap">Please reply to my message</label><p class="hint">Ticking this box also subscribes you to the weekly e-newsletter.</p></div>' },
  { id: 'fine-print-after-label', html: '<label><input type="checkbox" id="trap" name="reply"> Please reply to my message</label><p class="hint">Ticking this box also subscribes you to the weekly e-newsletter.</p>' },
  { id: 'select-fine-print', html: '<label for="trap">Would you like a response?</label><select id="trap" name="reply"><option value="">Choose</option><option>Yes</option><option>No</option></select><p class="hint">Choosing Yes also adds you to our mailing list.</p>' },
  { id: 'marker-words', css: '.marked { list-style: inside "Subscribe me to the newsletter and "; display: list-item; }', html: '<label class="marked"><input type="checkbox" id="trap" name="reply"> please reply to me</label>' },
  { id: 'pseudo-words', css: '.said { font-size: 0; } .said::after { content: "Subscribe me to the weekly newsletter"; font-size: 16px; }', html: '<label><input type="checkbox" id="trap" name="reply"> <span class="said">Please respond</span></label>' },
  { id: 'button-words', css: '.plain { border: 0; background: none; font: inherit; padding: 0; }', html: '<label><input type="checkbox" id="trap" name="reply"> <input type="button" class="plain" value="Add me to the e-newsletter"></label>' },
  { id: 'words-moved-off', css: '.away { position: absolute; left: -9999px; }', html: '<label><input type="checkbox" id="trap" name="reply"> <span class="away">I would like a response</span> <b>Sign me up for alerts</b></label>' },
  { id: 'words-cut-away', css: '.cut { display: inline-block; width: 0; overflow: hidden; white-space: nowrap; vertical-align: bottom; }', html: '<label><input type="checkbox" id="trap" name="reply"> <span class="cut">I would like a response</span> Join our e-mail list</label>' },
  { id: 'option-label', html: '<label for="trap">Would you like a response?</label><select id="trap" name="reply"><option value="">Choose</option><option label="Yes, and subscribe me to the weekly e-newsletter">Yes</option><option>No</option></select>' },
  { id: 'option-value', html: '<label for="trap">Would you like a response?</label><select id="trap" name="reply"><option value="">Choose</option><option value="yes_subscribe_newsletter">Yes</option><option value="no">No</option></select>' },
  { id: 'ukrainian', html: '<label><input type="checkbox" id="trap" name="reply"> Please reply, і підпишіть мене на розсилку новин</label>' },
  { id: 'polish', html: '<label><input type="checkbox" id="trap" name="reply"> Please reply and add me to the biuletyn</label>' },
  { id: 'french', html: "<label><input type=\"checkbox\" id=\"trap\" name=\"reply\"> Please reply — inscrivez-moi à la lettre d'information</label>" },
  { id: 'chinese', html: '<label><input type="checkbox" id="trap" name="reply"> Please reply — 订阅每周简报</label>' },
  { id: 'korean', html: '<label><input type="checkbox" id="trap" name="reply"> Please reply — 소식지 구독</label>' },
  { id: 'in-the-loop', html: '<label><input type="checkbox" id="trap" name="reply"> Please respond, and keep me in the loop</label>' },
  { id: 'invisible-characters', html: '<label><input type="checkbox" id="trap" name="reply"> Reply to me and send me the e\u200Bnews\u00ADletter</label>' },
  { id: 'readonly-box-words', css: '.flat { display: inline; width: 32em; border: 0; padding: 0; font: inherit; background: none; }', html: '<label><input type="checkbox" id="trap" name="reply"> Please reply to my message <input type="text" readonly class="flat" value="and sign me up for the weekly e-newsletter" tabindex="-1"></label>' },
  { id: 'placeholder-words', css: '.flat { display: inline; width: 32em; border: 0; padding: 0; font: inherit; background: none; }', html: '<label><input type="checkbox" id="trap" name="reply"> Please reply to my message <input type="text" class="flat" placeholder="and sign me up for the weekly e-newsletter" tabindex="-1"></label>' },
  { id: 'frame-words', css: '.flat { border: 0; width: 30em; height: 1.6em; vertical-align: bottom; }', html: '<label><input type="checkbox" id="trap" name="reply"> Please reply to my message <iframe class="flat" srcdoc="<body style=&quot;margin:0;font:16px Georgia&quot;>and sign me up for the weekly e-newsletter</body>"></iframe></label>' },
  { id: 'anchored-words', css: '.said { anchor-name: --reply; } .far { position: absolute; position-anchor: --reply; left: anchor(right); top: anchor(top); white-space: nowrap; }', html: '<label><input type="checkbox" id="trap" name="reply"> <span class="said">Please reply to my message</span></label><p class="far">and sign me up for the weekly e-newsletter</p>' },
  { id: 'counter-style-words', css: '@counter-style news { system: cyclic; symbols: "Sign me up for the weekly e-newsletter, and"; suffix: " "; } .listed { list-style: news inside; margin: 0; padding: 0; }', html: '<ul class="listed"><li><label><input type="checkbox" id="trap" name="reply"> please reply to my message</label></li></ul>' },
  { id: 'look-alike-letters', html: '<label><input type="checkbox" id="trap" name="reply"> Please reply and sign me up for the n\u0435wsl\u0435tter</label>' },
];

const page = (trap: Trap) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Contact</title><style>
  body{font:16px/1.5 Georgia,serif;margin:0;background:#fff;color:#222}main{max-width:640px;margin:24px auto}
  label{display:block;margin-top:10px}input[type=text],input[type=email],textarea,select{display:block;width:100%;box-sizing:border-box;padding:6px;font:inherit}
  .hint{margin:2px 0 0;font-size:14px}${trap.css ?? ''}
</style></head><body><main><h1>Email the office</h1><form action="/thank-you" method="post">
  <label for="first">First Name</label><input type="text" id="first" name="first">
  <label for="last">Last Name</label><input type="text" id="last" name="last">
  <label for="email">Email</label><input type="email" id="email" name="email">
  ${trap.html}
  <label for="message">Message</label><textarea id="message" name="message"></textarea><button type="submit">Send</button>
</form></main></body></html>`;

test('a reply box or answer that also subscribes, by its fine print or by words the page draws otherwise, is left as the page had it', async ({ launched: { context } }) => {
  test.setTimeout(TRAPS.length * 15_000 + 30_000);
  await seed(context, TEST_PROFILE);
  const ticked: string[] = [];
  for (const trap of TRAPS) {
    const { page: tab } = await fillWrittenPage(context, `https://www.optin-${trap.id}.senate.gov/contact`, page(trap));
    await tab.waitForTimeout(150);
    const state = await tab.evaluate(() => {
      const trapped = document.getElementById('trap') as HTMLInputElement | HTMLSelectElement;
      return {
        trap: trapped instanceof HTMLSelectElement ? trapped.selectedIndex !== 0 : trapped.checked,
        email: (document.getElementById('email') as HTMLInputElement).value,
        message: (document.getElementById('message') as HTMLTextAreaElement).value,
      };
    });
    if (state.trap) ticked.push(trap.id);
    expect(state.email, trap.id).toBe(TEST_PROFILE.email);
    expect(state.message, trap.id).toContain(TEST_PROFILE.lastName);
    await tab.close();
  }
  expect(ticked).toEqual([]);
});
