// Forms no test of ours was written from: every official form in a research file of field facts
// (names, ids, option lists, the few labels on record), each built as a bare page at its real
// https address and filled in Chromium with the built extension, exactly as the popup asks. A
// box is given the label the file records and no other, so most boxes are read by their names
// alone, the hardest reading there is. Nothing of the file is kept in the project: it is read
// when this runs.
//
//   npm run build && npx tsx tools/bench/unseen-forms.ts <forms-facts.json> [--show N] [--build <dir>]
//
// Prints, per role the file records, how many boxes got the supporter's value, were left empty,
// or got something else; and for boxes that must stay as they are (a newsletter, a honeypot),
// how many did. A few "something else" are the file's own readings: a box named "name" that the
// file calls a first name gets the whole name.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { launch, seed } from '../../test/e2e/harness.ts';
import { TEST_PROFILE as P } from '../../test/support/factories.ts';
import { remoteControl } from './speed.ts';

interface Fact { role: string; tag: string | null; type: string | null; name: string | null; id: string | null; label: string | null; placeholder?: string | null; maxlength: number | null; options: { text: string; value: string }[] | null; cc_action: string | null; value?: string | null }
interface Form { id: string; url: string; office: string; steps: { purpose: string; url: string | null; fields: Fact[] }[] }

const [file, ...flags] = process.argv.slice(2);
if (!file) throw new Error('Usage: tsx tools/bench/unseen-forms.ts <forms-facts.json> [--show N] [--build <dir>]');
const option = (name: string) => { const at = flags.indexOf(name); return at >= 0 ? flags[at + 1] : undefined; };
const SHOW = Number(option('--show') ?? 5);
/** The built extension to fill with: dist/ unless another build is named (to weigh a change). */
const BUILD = option('--build') ?? 'dist';
const forms = JSON.parse(readFileSync(file, 'utf8')) as Form[];

const esc = (s: string | null | undefined) => String(s ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const digits = (v: string) => v.replace(/\D/g, '');

/** What a box of each role must hold after the fill (select: the chosen option's text or value). */
const EXPECTED: Record<string, (value: string, text: string) => boolean> = {
  first_name: (v) => v === P.firstName,
  last_name: (v) => v === P.lastName,
  email: (v) => v === P.email,
  // The whole number, or one part of it in a box of its own.
  phone: (v) => digits(v).endsWith(P.phone) || (digits(v).length >= 3 && P.phone.includes(digits(v))),
  // With no second line on the form, the apartment goes after the street.
  address1: (v) => v === P.street || v === `${P.street}, ${P.street2}` || v === `${P.street}\n${P.street2}`,
  address2: (v) => v === P.street2,
  city: (v) => v === P.city,
  state: (v, t) => v === P.state || t.trim() === 'Illinois' || v === 'Illinois',
  zip: (v) => v === P.zip || v === `${P.zip}-${P.zip4}`,
  zip4: (v) => v === P.zip4,
  message: (v) => v.startsWith('Dear'),
  subject: (v) => v !== '',
  topic: (v) => v !== '',
  prefix: (v, t) => [v, t.trim()].includes(P.prefix ?? ''),
  response_requested: (v) => v !== '' && v !== 'false',
};
/** Roles that must stay as the page had them. */
const UNTOUCHED = new Set(['newsletter_optin', 'honeypot', 'captcha']);

/** One step of a form as a bare page: each box in a paragraph, with the label on record if any. */
function pageOf(form: Form, step: Form['steps'][number]): string {
  const rows = step.fields.map((f, i) => {
    const id = f.id ?? `box-${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`;
    const attrs = `id="${esc(id)}" name="${esc(f.name ?? id)}"${f.maxlength ? ` maxlength="${f.maxlength}"` : ''}${f.placeholder ? ` placeholder="${esc(f.placeholder)}"` : ''}`;
    const label = f.label ? `<label for="${esc(id)}">${esc(f.label)}</label>` : '';
    if (f.role === 'captcha') return '<div class="g-recaptcha"></div>';
    if (f.role === 'honeypot') return `<div style="position:absolute;left:-9999px">${label}<input type="text" ${attrs}></div>`;
    if (f.type === 'hidden') return `<input type="hidden" ${attrs}>`;
    if (f.tag === 'select' || f.cc_action === 'select') {
      const options = (f.options ?? []).map((o) => `<option value="${esc(o.value)}">${esc(o.text)}</option>`).join('');
      return `<p>${label}<select ${attrs}><option value="">- Select -</option>${options}</select></p>`;
    }
    if (f.type === 'checkbox' || f.cc_action === 'check' || f.cc_action === 'uncheck') return `<p><input type="checkbox" ${attrs} value="${esc(f.value ?? '1')}">${label}</p>`;
    if (f.type === 'radio' || f.cc_action === 'choose') return `<p><input type="radio" ${attrs} value="${esc(f.value ?? '1')}">${label}</p>`;
    if (f.role === 'message' || f.tag === 'textarea') return `<p>${label}<textarea ${attrs} rows="8"></textarea></p>`;
    return `<p>${label}<input type="${f.type === 'email' ? 'email' : 'text'}" ${attrs}></p>`;
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Contact ${esc(form.office)}</title></head><body><h1>Contact ${esc(form.office)}</h1><form method="post" action="">${rows.join('\n')}<button type="submit">Submit</button></form></body></html>`;
}

/** Each box's value after the fill, in the page's order: a checkbox's whether it is ticked, a select's value and its option's text. */
const valuesIn = (page: Page) => page.evaluate(() => [...document.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('form input:not([type=hidden]), form select, form textarea')]
  .map((el) => ({ value: el instanceof HTMLInputElement && el.type === 'checkbox' ? String(el.checked) : el.value, text: el instanceof HTMLSelectElement ? el.selectedOptions[0]?.text ?? '' : '' })));

const real = await launch({ extensionDir: BUILD });
await seed(real.context, P, {});
const remote = await remoteControl(real.context);
const pages = new Map<string, string>();
await real.context.route((u) => u.searchParams.has('unseen-form'), (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: pages.get(r.request().url()) ?? '' }));

const tally = new Map<string, { right: number; empty: number; other: string[] }>();
let filled = 0; let notOfficial = 0;
for (const [i, form] of forms.entries()) {
  const step = form.steps.find((s) => s.purpose.startsWith('main_form'));
  const address = step?.url ?? form.url;
  // The extension runs on official pages served over https only.
  if (!step || !address?.startsWith('https://')) { notOfficial++; continue; }
  const url = new URL(address); url.searchParams.set('unseen-form', String(i));
  pages.set(url.href, pageOf(form, step));
  const page = await real.context.newPage();
  try {
    await page.goto(url.href, { waitUntil: 'load' });
    const tabId = await remote.evaluate(async (host) => {
      for (let tries = 0; tries < 40; tries++) {
        const stored = await chrome.storage.session.get(null) as Record<string, { host: string }[]>;
        const ids = Object.entries(stored).filter(([key, frames]) => key.startsWith('frames:') && frames.some((f) => f.host === host)).map(([key]) => Number(key.slice(7)));
        if (ids.length) return Math.max(...ids);
        await new Promise((r) => setTimeout(r, 50));
      }
      return null;
    }, url.hostname);
    if (tabId === null) { notOfficial++; continue; }
    await remote.evaluate((id) => chrome.runtime.sendMessage({ kind: 'fillTab', args: [id] }), tabId);
    await page.waitForTimeout(600);
    const values = await valuesIn(page);
    filled++;
    // The boxes as the page has them: no CAPTCHA, no hidden input but a honeypot (drawn off screen).
    const boxes = step.fields.filter((f) => f.role !== 'captcha' && (f.type !== 'hidden' || f.role === 'honeypot'));
    boxes.forEach((f, k) => {
      const { value, text } = values[k] ?? { value: '', text: '' };
      const row = tally.get(f.role) ?? { right: 0, empty: 0, other: [] };
      tally.set(f.role, row);
      const untouched = value === '' || value === 'false';
      if (UNTOUCHED.has(f.role)) { if (untouched) row.right++; else row.other.push(`${form.id} ${f.name}: ${value.slice(0, 40)}`); return; }
      const expect = EXPECTED[f.role];
      if (!expect) return;
      if (expect(value, text)) row.right++;
      else if (untouched) row.empty++;
      else row.other.push(`${form.id} ${f.name}${f.label ? ` ("${f.label}")` : ''}: ${JSON.stringify(value.slice(0, 40))}${text ? ` (${text})` : ''}`);
    });
  } finally { await page.close(); }
}
await real.context.close();

console.log(`${forms.length} forms on record: ${filled} filled, ${notOfficial} not on an official https page the extension runs on`);
console.log('| role | right | left empty | something else |\n| --- | --- | --- | --- |');
for (const [role, row] of [...tally].sort()) console.log(`| ${role}${UNTOUCHED.has(role) ? ' (must stay untouched)' : ''} | ${row.right} | ${row.empty} | ${row.other.length} |`);
for (const [role, row] of [...tally].sort()) for (const line of row.other.slice(0, SHOW)) console.log(`  ${role}: ${line}`);
