import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { FILLER_FILE } from '../../src/background/filler-file.ts';

// Widening what the extension may do must be a visible decision: these are the exact
// permissions and hosts of the built packages (npm test builds both before the unit tests).

const OFFICIAL_HOSTS = [
  'https://*.house.gov/*',
  'https://*.senate.gov/*',
  'https://register.state.gov/contactus/*',
  'https://www.whitehouse.gov/*',
  'https://forms.whitehouse.gov/*',
];

function built(dir: string) {
  const path = join(dir, 'manifest.json');
  if (!existsSync(path)) throw new Error(`${path} is missing: run "npm run build && npm run build:firefox" first`);
  return JSON.parse(readFileSync(path, 'utf8'));
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

for (const [browser, dir] of [['Chrome', 'dist'], ['Firefox', 'dist-firefox']] as const) {
  describe(`the ${browser} build asks for the least it needs`, () => {
    const manifest = built(dir);

    it('storage, and scripting to load the filler; no hosts beyond the content script\'s official hosts', () => {
      expect(manifest.permissions).toEqual(['storage', 'scripting']);
      expect(manifest.host_permissions).toEqual(OFFICIAL_HOSTS);
      expect(manifest.optional_permissions).toBeUndefined();
      expect(manifest.content_scripts.map((c: { matches: string[] }) => c.matches)).toEqual([OFFICIAL_HOSTS]);
    });

    it('exposes no file to web pages and allows no remote code', () => {
      expect(manifest.web_accessible_resources).toBeUndefined();
      expect(manifest.externally_connectable).toBeUndefined();
      expect(manifest.content_security_policy.extension_pages).toBe("script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
    });

    it('takes its version from package.json', () => {
      expect(manifest.version).toBe(pkg.version);
    });

    it('contains no code that makes network requests', () => {
      for (const file of files(dir).filter((f) => f.endsWith('.js'))) {
        expect(readFileSync(file, 'utf8'), file).not.toMatch(/\bfetch\(|XMLHttpRequest|sendBeacon|new WebSocket|EventSource|importScripts\(\s*['"`]http/);
      }
    });

    it('has the filler compiled whole as it loads (V8\'s compile hint on its first line), and no other file, not even the look', () => {
      const [script] = manifest.content_scripts[0].js as string[];
      const filler = join(dir, 'src/content/fill.js');
      expect(readFileSync(filler, 'utf8').split('\n')[0]).toBe('//# allFunctionsCalledOnLoad');
      expect(readFileSync(join(dir, script!), 'utf8')).not.toContain('allFunctionsCalledOnLoad');
      const hinted = files(dir).filter((f) => f.endsWith('.js') && readFileSync(f, 'utf8').includes('allFunctionsCalledOnLoad'));
      expect(hinted).toEqual([filler]);
    });

    it('has the filler at the path the background loads it from, and the look without the filler\'s code', () => {
      const [script] = manifest.content_scripts[0].js as string[];
      expect(readFileSync(join(dir, FILLER_FILE), 'utf8')).toContain('[role="form"], form');
      expect(readFileSync(join(dir, script!), 'utf8')).not.toContain('[role="form"], form');
    });
  });
}

describe('the Firefox build', () => {
  const manifest = built('dist-firefox');
  it('uses background scripts, a fixed add-on id, and declares that it collects no data', () => {
    expect(manifest.background.scripts).toHaveLength(1);
    expect(manifest.background.service_worker).toBeUndefined();
    expect(manifest.browser_specific_settings.gecko.id).toBe('write-for-belarus@writeforbelarus.org');
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
});
