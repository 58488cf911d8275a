import { describe, expect, it, vi } from 'vitest';
import { backupFileName, createBackup, MAX_BACKUP_BYTES, parseBackup } from '../../src/shared/backup.ts';
import { STORED_ITEMS, profileItem, progressItem, settingsItem } from '../../src/shared/storage.ts';
import { envelope } from '../../src/shared/stored-item.ts';
import { createProfile, createSettings } from '../support/factories.ts';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../support/fake-browser.ts')).fakeBrowser }));

const NOW = new Date('2026-11-22T10:00:00Z');
const goodFile = (items: Record<string, unknown> = {
  profile: envelope(profileItem, createProfile()), settings: envelope(settingsItem, createSettings({ autoFill: true })),
}) => ({ format: 'write-for-belarus', version: 1, exported: NOW.toISOString(), items });
const parse = (value: unknown) => parseBackup(typeof value === 'string' ? value : JSON.stringify(value), STORED_ITEMS);

describe('an export file round-trips', () => {
  it('holds every item in its stored envelope', () => {
    const file = createBackup({ profile: envelope(profileItem, createProfile()) }, NOW);
    expect(file).toEqual({ format: 'write-for-belarus', version: 1, exported: '2026-11-22T10:00:00.000Z', items: { profile: { version: 1, data: createProfile() } } });
    expect(backupFileName(NOW)).toBe('write-for-belarus-2026-11-22.json');
  });

  it('reads back what it wrote', () => {
    const result = parse(createBackup(goodFile().items as never, NOW));
    expect(result).toEqual({ ok: true, exported: NOW.toISOString(), entries: [
      { item: profileItem, value: createProfile() },
      { item: settingsItem, value: createSettings({ autoFill: true }) },
    ] });
  });

  it('ignores items it does not know, so later items slot in', () => {
    const result = parse(goodFile({ profile: envelope(profileItem, createProfile()), reminders: { version: 3, data: { due: ['x'] } } }));
    expect(result.ok && result.entries.map((e) => e.item.key)).toEqual(['profile']);
  });

  it('takes a file with only some of the items, and a setting it lacks gets its default', () => {
    const { note: _note, ...settings } = createSettings({ wantsResponse: false });
    const result = parse(goodFile({ settings: { version: 1, data: settings } }));
    expect(result.ok && result.entries).toEqual([{ item: settingsItem, value: createSettings({ wantsResponse: false }) }]);
  });
});

describe('a bad file gets a clear reason and changes nothing', () => {
  const problem = (value: unknown) => {
    const result = parse(value);
    return result.ok ? null : result.problem;
  };

  it('refuses megabytes of junk before parsing it', () => {
    const spy = vi.spyOn(JSON, 'parse');
    expect(problem(`{"a":"${'x'.repeat(MAX_BACKUP_BYTES)}"}`)).toEqual({ code: 'too-big' });
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });

  it('says when it is empty or not JSON', () => {
    expect(problem('  ')).toEqual({ code: 'empty' });
    expect(problem('<html>hello</html>')).toEqual({ code: 'not-json' });
    expect(problem('{"format": "write-for-belarus",')).toEqual({ code: 'not-json' });
  });

  it('says when it is some other JSON', () => {
    for (const other of [[], '"a string"', 42, null, {}, { format: 'other-extension', version: 1, items: {} },
      { format: 'write-for-belarus', version: '1', items: {} }, { format: 'write-for-belarus', version: 1, items: [] },
      { format: 'write-for-belarus', version: 1 }]) {
      expect(problem(other)).toEqual({ code: 'not-a-backup' });
    }
  });

  it('says when a newer version made it', () => {
    expect(problem({ ...goodFile(), version: 2 })).toEqual({ code: 'newer-file' });
    expect(problem(goodFile({ profile: { version: 2, data: createProfile() } }))).toEqual({ code: 'newer-item', item: 'profile' });
  });

  it('names the fields with the wrong type or value', () => {
    expect(problem(goodFile({ profile: envelope(profileItem, { ...createProfile(), email: 7, zip: 'abc' } as never) })))
      .toEqual({ code: 'bad-item', item: 'profile', fields: ['email', 'zip'] });
    expect(problem(goodFile({ settings: { version: 1, data: { autoFill: 'yes' } } })))
      .toEqual({ code: 'bad-item', item: 'settings', fields: ['autoFill'] });
    const { lastName: _lastName, ...noLastName } = createProfile();
    expect(problem(goodFile({ profile: { version: 1, data: noLastName } }))).toEqual({ code: 'bad-item', item: 'profile', fields: ['lastName'] });
  });

  it('refuses an item that is not an envelope of an object', () => {
    for (const bad of ['x', { data: createProfile() }, { version: 1, data: 'x' }, { version: 1, data: [] }, { version: -1, data: {} }]) {
      expect(problem(goodFile({ profile: bad }))).toEqual({ code: 'bad-item', item: 'profile', fields: [] });
    }
  });

  it('says when it holds nothing this version knows', () => {
    expect(problem(goodFile({ reminders: { version: 1, data: {} } }))).toEqual({ code: 'nothing-known' });
  });

  it('is not fooled by a __proto__ key', () => {
    const text = `{"format":"write-for-belarus","version":1,"exported":"","items":{"__proto__":{"profile":{"version":1,"data":{}}}}}`;
    expect(parse(text)).toEqual({ ok: false, problem: { code: 'nothing-known' } });
    expect(({} as Record<string, unknown>).profile).toBeUndefined();
  });
});

describe('the sending log travels in the backup file', () => {
  it('a file with the progress item round-trips it, damaged entries dropped', () => {
    const entry = { letterId: 'solidarity', office: 'house', host: '', status: 'sent', language: 'be', date: '2026-11-20', by: 'hand', seat: 0 };
    const result = parse(goodFile({ progress: { version: 1, data: { entries: [entry, { junk: true }] } } }));
    expect(result.ok && result.entries).toEqual([{ item: progressItem, value: { entries: [entry] } }]);
  });
});
