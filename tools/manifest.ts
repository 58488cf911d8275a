import base from '../manifest.json' with { type: 'json' };
import pkg from '../package.json' with { type: 'json' };
import { manifestMatches, type SiteEntry } from '../src/core/match-site.ts';
import sites from '../src/sites/sites.json' with { type: 'json' };

export type Target = 'chrome' | 'firefox';

/**
 * manifest.json is the Chrome manifest without the content script's pages: those follow from the
 * site registry (src/sites/sites.json), so the two cannot drift apart. The same pages are the
 * host permissions, which the filler's loading (scripting) needs: no host beyond the look's. Firefox gets event-page
 * scripts instead of a service worker, its add-on id and its data-collection declaration (none).
 */
export function manifestFor(target: Target) {
  const matches = manifestMatches(sites as SiteEntry[]);
  const contentScripts = base.content_scripts.map((c) => ({ matches, ...c }));
  const manifest = { ...base, version: pkg.version, host_permissions: matches, content_scripts: contentScripts } as Record<string, unknown>;
  if (target === 'firefox') {
    manifest.background = { scripts: [base.background.service_worker], type: 'module' };
    manifest.browser_specific_settings = {
      gecko: {
        id: 'write-for-belarus@writeforbelarus.org',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    } as object;
  }
  return manifest;
}
