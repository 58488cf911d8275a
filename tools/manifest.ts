import base from '../manifest.json' with { type: 'json' };
import pkg from '../package.json' with { type: 'json' };

export type Target = 'chrome' | 'firefox';

/**
 * manifest.json is the Chrome manifest; Firefox gets event-page scripts instead of a service
 * worker, its add-on id and its data-collection declaration (none).
 */
export function manifestFor(target: Target) {
  const manifest = { ...base, version: pkg.version } as Record<string, unknown>;
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
