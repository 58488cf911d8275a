import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, posix, win32 } from 'node:path';

// Which browser the tests, the demo and the bench drive, looked for the way the ecosystem does:
// an explicit path first, then the system's own browser where installers put it, then the copy
// a test tool downloaded. Pure apart from the file-exists check, so the order is unit-tested.

export interface Where {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  exists: (path: string) => boolean;
  /** Where Playwright's own Chromium would be (`npx playwright install chromium`), if Playwright knows. */
  playwrightChromium: () => string | undefined;
}

export interface Found {
  path: string;
  /** How it was found, for the log line. */
  how: string;
}

export class BrowserNotFound extends Error {}

interface Candidate { path: string; how: string }

function onPath(env: Where['env'], platform: NodeJS.Platform, names: string[]): Candidate[] {
  const join = platform === 'win32' ? win32.join : posix.join;
  const dirs = (env.PATH ?? env.Path ?? '').split(platform === 'win32' ? ';' : delimiter).filter(Boolean);
  return dirs.flatMap((dir) => names.map((name) => ({ path: join(dir, name), how: 'on PATH' })));
}

function windowsPlaces(env: Where['env'], relative: string): Candidate[] {
  return [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA]
    .filter((dir): dir is string => !!dir)
    .map((dir) => ({ path: win32.join(dir, relative), how: 'installed' }));
}

function system(paths: string[]): Candidate[] {
  return paths.map((path) => ({ path, how: 'installed' }));
}

/** The system's Chromium, in the places its packages put it. */
function systemChromium({ platform, env }: Where): Candidate[] {
  if (platform === 'darwin') {
    return system(['/Applications/Chromium.app/Contents/MacOS/Chromium', `${env.HOME ?? ''}/Applications/Chromium.app/Contents/MacOS/Chromium`]);
  }
  if (platform === 'win32') return windowsPlaces(env, 'Chromium\\Application\\chrome.exe');
  return [
    ...system(['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/lib/chromium/chromium']),
    ...onPath(env, platform, ['chromium', 'chromium-browser']),
  ];
}

/**
 * Google Chrome comes last: branded Chrome from version 137 ignores --load-extension, so it can
 * run the tests only where it still honours it; any Chromium is the surer choice.
 */
function systemChrome({ platform, env }: Where): Candidate[] {
  if (platform === 'darwin') return system(['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome']);
  if (platform === 'win32') return windowsPlaces(env, 'Google\\Chrome\\Application\\chrome.exe');
  return [
    ...system(['/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/opt/google/chrome/chrome']),
    ...onPath(env, platform, ['google-chrome', 'google-chrome-stable']),
  ];
}

function systemFirefox({ platform, env }: Where): Candidate[] {
  if (platform === 'darwin') {
    return system(['/Applications/Firefox.app/Contents/MacOS/firefox', `${env.HOME ?? ''}/Applications/Firefox.app/Contents/MacOS/firefox`]);
  }
  if (platform === 'win32') return windowsPlaces(env, 'Mozilla Firefox\\firefox.exe');
  return [
    ...system(['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr', '/usr/lib/firefox/firefox']),
    ...onPath(env, platform, ['firefox-esr', 'firefox']),
  ];
}

function firstThatExists(where: Where, variable: string, candidates: Candidate[], missing: string): Found {
  const explicit = where.env[variable];
  if (explicit) {
    if (where.exists(explicit)) return { path: explicit, how: `from ${variable}` };
    throw new BrowserNotFound(`${variable} is set to ${explicit}, but there is no such file. Correct it or unset it.\n${missing}`);
  }
  const found = candidates.find((c) => c.path && where.exists(c.path));
  if (found) return found;
  throw new BrowserNotFound(missing);
}

const NO_CHROMIUM = `No Chromium found for the browser tests. Any one of these will do:
  - install your system's Chromium: sudo apt-get install -y chromium (Debian/Ubuntu),
    brew install --cask chromium (macOS), winget install Hibbiten.Chromium (Windows);
  - or let Playwright download its own: npx playwright install chromium;
  - or point CHROMIUM_PATH at a Chromium (or Chrome for Testing) executable.`;

const NO_FIREFOX = `No Firefox found for the Firefox browser tests. Any one of these will do:
  - install your system's Firefox: sudo apt-get install -y firefox-esr (Debian),
    brew install --cask firefox (macOS), winget install Mozilla.Firefox (Windows), or from mozilla.org;
  - or point FIREFOX_PATH at a Firefox executable (140 or later).`;

/** CHROMIUM_PATH → the system's Chromium → Playwright's Chromium → the system's Google Chrome. */
export function findChromium(where: Where = here()): Found {
  const playwright = where.playwrightChromium();
  return firstThatExists(where, 'CHROMIUM_PATH', [
    ...systemChromium(where),
    ...(playwright ? [{ path: playwright, how: 'downloaded by Playwright' }] : []),
    ...systemChrome(where),
  ], NO_CHROMIUM);
}

/** FIREFOX_PATH → the system's Firefox (ESR first, as Debian ships it). */
export function findFirefox(where: Where = here()): Found {
  return firstThatExists(where, 'FIREFOX_PATH', systemFirefox(where), NO_FIREFOX);
}

/** Where Playwright keeps its own Chromium; undefined when Playwright is not installed. */
function playwrightChromium(): string | undefined {
  try {
    const { chromium } = createRequire(import.meta.url)('playwright-core') as { chromium: { executablePath(): string } };
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

export function here(): Where {
  return { platform: process.platform, env: process.env, exists: existsSync, playwrightChromium };
}
