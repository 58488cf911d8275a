// `npm run demo`: the product's main job on local replicas of official forms. Builds (via the
// npm script), starts Chromium with the extension, opens the replica State Department and
// senator forms at their real addresses, presses "Fill this page" in the popup as a supporter
// would, then prints what each field now holds and saves screenshots. Nothing is submitted.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fillFromPopup, fixture, launch, observeFields, seed, waitForRecognition } from '../test/e2e/harness.ts';
import { TEST_PROFILE } from '../test/support/factories.ts';

const PAGES = process.argv.slice(2).length ? process.argv.slice(2) : ['state-department', 'senate-guid-cms', 'senate-gravity-placeholders'];
const OUT = resolve('artifacts/demo');
mkdirSync(OUT, { recursive: true });

const shorten = (text: string) => {
  const flat = text.replace(/\n+/g, ' ⏎ ');
  return flat.length > 70 ? `${flat.slice(0, 67)}...` : flat;
};

const { context } = await launch();
try {
  for (const id of PAGES) {
    const page = fixture(id);
    await seed(context, TEST_PROFILE, { letterId: page.letter });
    const tab = await context.newPage();
    await tab.goto(page.url);
    await waitForRecognition(context, tab);
    const said = await fillFromPopup(context, tab);
    await tab.waitForTimeout(200);
    console.log(`\n${page.url}\n  The popup says: ${said}`);
    for (const field of await observeFields(tab)) {
      if (field.tag === 'input' && field.type === 'hidden') continue;
      const shown = field.type === 'checkbox' || field.type === 'radio' ? (field.after.checked ? '[x]' : '[ ]') : shorten(field.after.value) || '(empty)';
      const note = field.expect === 'never' ? '  <- left to you (CAPTCHA, hidden, honeypot or opt-in)' : '';
      console.log(`  ${(field.name || field.tag).slice(0, 38).padEnd(40)} ${shown}${note}`);
    }
    const file = join(OUT, `${id}.png`);
    await tab.screenshot({ path: file, fullPage: true });
    console.log(`  Screenshot: ${file}`);
    await tab.close();
  }
} finally {
  await context.close();
}
