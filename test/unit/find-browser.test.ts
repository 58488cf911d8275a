import { describe, expect, it } from 'vitest';
import { BrowserNotFound, findChromium, findFirefox, type Where } from '../support/find-browser.ts';

const PLAYWRIGHT = '/home/dev/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';

/** A machine that has exactly these files. */
function machine(files: string[], overrides: Partial<Where> = {}): Where {
  const present = new Set(files);
  return { platform: 'linux', env: { PATH: '/usr/local/bin:/usr/bin' }, exists: (p) => present.has(p), playwrightChromium: () => PLAYWRIGHT, ...overrides };
}

describe('finding Chromium', () => {
  it('CHROMIUM_PATH wins over everything installed', () => {
    const where = machine(['/opt/my/chrome', '/usr/bin/chromium', PLAYWRIGHT], { env: { CHROMIUM_PATH: '/opt/my/chrome' } });
    expect(findChromium(where)).toEqual({ path: '/opt/my/chrome', how: 'from CHROMIUM_PATH' });
  });

  it('a CHROMIUM_PATH that points nowhere is an error, not a silent fallback', () => {
    const where = machine(['/usr/bin/chromium'], { env: { CHROMIUM_PATH: '/opt/gone/chrome' } });
    expect(() => findChromium(where)).toThrow(/CHROMIUM_PATH is set to \/opt\/gone\/chrome, but there is no such file/);
  });

  it('then the system\'s Chromium, before Playwright\'s', () => {
    expect(findChromium(machine(['/usr/bin/chromium', PLAYWRIGHT])).path).toBe('/usr/bin/chromium');
    expect(findChromium(machine(['/usr/bin/chromium-browser', PLAYWRIGHT])).path).toBe('/usr/bin/chromium-browser');
    expect(findChromium(machine(['/usr/local/bin/chromium', PLAYWRIGHT])).path).toBe('/usr/local/bin/chromium');
  });

  it('with no CHROMIUM_PATH and no /usr/bin/chromium, Playwright\'s own Chromium is found', () => {
    expect(findChromium(machine([PLAYWRIGHT]))).toEqual({ path: PLAYWRIGHT, how: 'downloaded by Playwright' });
  });

  it('Playwright\'s Chromium counts only when its file is there', () => {
    expect(findChromium(machine(['/usr/bin/google-chrome'])).path).toBe('/usr/bin/google-chrome');
  });

  it('Google Chrome only when there is no Chromium at all', () => {
    expect(findChromium(machine(['/usr/bin/google-chrome', PLAYWRIGHT])).path).toBe(PLAYWRIGHT);
    expect(findChromium(machine(['/usr/bin/google-chrome', '/snap/bin/chromium'])).path).toBe('/snap/bin/chromium');
  });

  it('looks where macOS and Windows install it', () => {
    const mac = machine(['/Applications/Chromium.app/Contents/MacOS/Chromium'], { platform: 'darwin', env: { HOME: '/Users/dev' } });
    expect(findChromium(mac).path).toBe('/Applications/Chromium.app/Contents/MacOS/Chromium');
    const macChrome = machine(['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'], { platform: 'darwin', env: {}, playwrightChromium: () => undefined });
    expect(findChromium(macChrome).path).toBe('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    const windows = machine(['C:\\Users\\dev\\AppData\\Local\\Chromium\\Application\\chrome.exe'], {
      platform: 'win32', env: { PROGRAMFILES: 'C:\\Program Files', LOCALAPPDATA: 'C:\\Users\\dev\\AppData\\Local' },
    });
    expect(findChromium(windows).path).toBe('C:\\Users\\dev\\AppData\\Local\\Chromium\\Application\\chrome.exe');
    const windowsChrome = machine(['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'], { platform: 'win32', env: { PROGRAMFILES: 'C:\\Program Files' }, playwrightChromium: () => undefined });
    expect(findChromium(windowsChrome).path).toBe('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
  });

  it('when nothing is found, one message names every way to get one', () => {
    const nothing = machine([], { playwrightChromium: () => undefined });
    expect(() => findChromium(nothing)).toThrow(BrowserNotFound);
    const message = (() => { try { findChromium(nothing); return ''; } catch (e) { return (e as Error).message; } })();
    expect(message).toContain('apt-get install -y chromium');
    expect(message).toContain('npx playwright install chromium');
    expect(message).toContain('CHROMIUM_PATH');
    expect(message).toMatch(/brew install --cask chromium/);
  });
});

describe('finding Firefox', () => {
  it('FIREFOX_PATH, then Debian\'s firefox-esr, then firefox', () => {
    const all = ['/opt/fx/firefox', '/usr/bin/firefox-esr', '/usr/bin/firefox'];
    expect(findFirefox(machine(all, { env: { FIREFOX_PATH: '/opt/fx/firefox' } })).path).toBe('/opt/fx/firefox');
    expect(findFirefox(machine(all)).path).toBe('/usr/bin/firefox-esr');
    expect(findFirefox(machine(['/usr/bin/firefox'])).path).toBe('/usr/bin/firefox');
    expect(findFirefox(machine(['/usr/local/bin/firefox'])).path).toBe('/usr/local/bin/firefox');
  });

  it('looks where macOS and Windows install it', () => {
    expect(findFirefox(machine(['/Applications/Firefox.app/Contents/MacOS/firefox'], { platform: 'darwin', env: {} })).path)
      .toBe('/Applications/Firefox.app/Contents/MacOS/firefox');
    expect(findFirefox(machine(['C:\\Program Files\\Mozilla Firefox\\firefox.exe'], { platform: 'win32', env: { PROGRAMFILES: 'C:\\Program Files' } })).path)
      .toBe('C:\\Program Files\\Mozilla Firefox\\firefox.exe');
  });

  it('when nothing is found, the message names each way to get one', () => {
    expect(() => findFirefox(machine([]))).toThrow(/apt-get install -y firefox-esr[\s\S]*brew install --cask firefox[\s\S]*FIREFOX_PATH/);
    expect(() => findFirefox(machine([], { env: { FIREFOX_PATH: '/nope' } }))).toThrow(/FIREFOX_PATH is set to \/nope/);
  });
});
