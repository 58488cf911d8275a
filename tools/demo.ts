// `npm run demo`: the product's main job on local replicas of official forms. Builds (via the
// npm script), starts Chromium with the extension, opens the replica State Department and
// senator forms at their real addresses, presses "Fill this page" in the popup as a supporter
// would, then prints what each field now holds and saves screenshots. Nothing is submitted.
//   npm run demo -- --headed            the browser window shows, each filled form stays a moment
//   npm run demo -- senate-iq-outer     other fixture pages (ids from test/fixtures/pages/*.json)
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fillFromPopup, fixture, launch, observeFields, seed, waitForRecognition } from '../test/e2e/harness.ts';
import { TEST_PROFILE } from '../test/support/factories.ts';
import { findChromium } from '../test/support/find-browser.ts';

const args = process.argv.slice(2);
const ids = args.filter((a) => !a.startsWith('--'));
const PAGES = ids.length ? ids : ['state-department', 'senate-guid-cms', 'senate-gravity-placeholders'];
// A window needs a display; on Linux without one, say so and go on headless.
const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const headed = args.includes('--headed') && !noDisplay;
if (args.includes('--headed') && noDisplay) console.log('No display here (DISPLAY is not set), so the browser runs headless. Run the demo from a desktop session, or under xvfb-run, to watch it.');
const LOOK_MS = 2500;
const OUT = resolve('artifacts/demo');
mkdirSync(OUT, { recursive: true });

const shorten = (text: string) => {
  const flat = text.replace(/\n+/g, ' ⏎ ');
  return flat.length > 70 ? `${flat.slice(0, 67)}...` : flat;
};

const browser = findChromium();
console.log(`Chromium: ${browser.path} (${browser.how})${headed ? ', with its window shown' : ''}`);
const { context } = await launch({ headed });
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
    if (headed) {
      await tab.bringToFront();
      await tab.waitForTimeout(LOOK_MS);
    }
    await tab.close();
  }
} finally {
  await context.close();
}
