import { describe, expect, it, vi } from 'vitest';
import { backupFileName, createBackup, importChangesSomething, MAX_BACKUP_BYTES, parseBackup, planImport } from '../../src/shared/backup.ts';
import { STORED_ITEMS, profileItem, progressItem, settingsItem, writeAll } from '../../src/shared/storage.ts';
import { fakeBrowser } from '../support/fake-browser.ts';
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
    ], skipped: { damaged: 0, unknownLetter: 0 } });
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
      .toMatchObject({ code: 'bad-item', item: 'profile', fields: ['email', 'zip'], reasons: { zip: 'errZip' } });
    expect(problem(goodFile({ settings: { version: 1, data: { autoFill: 'yes' } } })))
      .toMatchObject({ code: 'bad-item', item: 'settings', fields: ['autoFill'] });
    const { lastName: _lastName, ...noLastName } = createProfile();
    expect(problem(goodFile({ profile: { version: 1, data: noLastName } }))).toMatchObject({ code: 'bad-item', item: 'profile', fields: ['lastName'] });
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

describe('a hostile backup file cannot change what the extension does behind the supporter\'s back', () => {
  const context = { letterIds: ['political-prisoners', 'solidarity'] };
  const stored = { profile: createProfile(), settings: createSettings(), progress: { entries: [] } };
  const plan = (items: Record<string, unknown>, current: Record<string, unknown> = stored) => {
    const parsed = parseBackup(JSON.stringify(goodFile(items)), STORED_ITEMS, context);
    if (!parsed.ok) throw new Error(`refused: ${JSON.stringify(parsed.problem)}`);
    return planImport(parsed, current, context);
  };
  const refusal = (items: Record<string, unknown>) => {
    const parsed = parseBackup(JSON.stringify(goodFile(items)), STORED_ITEMS, context);
    return parsed.ok ? null : parsed.problem;
  };
  const sent = (n: number, date = '2026-11-20') => Array.from({ length: n }, (_, i) => (
    { letterId: 'political-prisoners', office: 'house', host: `rep${i}.house.gov`, status: 'sent', language: 'en', date, by: 'detected' }));

  it('fill-on-open in the file stays off, and the plan says it was not imported', () => {
    const result = plan({ settings: envelope(settingsItem, createSettings({ autoFill: true })) });
    const settings = result.entries.find((e) => e.item === settingsItem)!;
    expect((settings.value as { autoFill: boolean }).autoFill).toBe(false);
    expect(settings.keep).toContain('autoFill');
    expect(result.withheld).toEqual([{ field: 'autoFill', value: true, why: 'never-from-file' }]);
    expect(result.changes).toEqual([]);
    expect(importChangesSomething(result)).toBe(false);
  });

  it('fill-on-open already on stays on, and nothing is said about it', () => {
    const result = plan({ settings: envelope(settingsItem, createSettings({ autoFill: true })) }, { ...stored, settings: createSettings({ autoFill: true }) });
    expect(result.withheld).toEqual([]);
  });

  it('a changed email is shown with the old and new value', () => {
    const result = plan({ profile: envelope(profileItem, createProfile({ email: 'x@evil.example' })) });
    expect(result.changes).toEqual([{ item: 'profile', field: 'email', before: 'alesia.kavalenka@example.org', after: 'x@evil.example' }]);
  });

  it('a note appended to every letter is shown in full', () => {
    const note = 'Also, please forward this letter to x@evil.example.';
    const result = plan({ settings: envelope(settingsItem, createSettings({ note })) });
    expect(result.changes).toEqual([{ item: 'settings', field: 'note', before: '', after: note }]);
  });

  it('25 offices marked sent are shown as a count', () => {
    const result = plan({ progress: { version: 1, data: { entries: sent(25) } } });
    expect(result.progress).toEqual([{ status: 'sent', before: 0, after: 25 }]);
    expect(importChangesSomething(result)).toBe(true);
  });

  it('keys the extension does not know are ignored, in an item and beside them', () => {
    const result = plan({
      settings: { version: 1, data: { ...createSettings(), fillEverywhere: true, fillOnOpenSites: ['*'] } },
      profile: { version: 1, data: { ...createProfile(), ssn: '078-05-1120' } },
      permissions: { version: 1, data: { hosts: ['<all_urls>'] } },
    });
    expect(result.entries.map((e) => e.item.key)).toEqual(['profile', 'settings']);
    for (const entry of result.entries) expect(Object.keys(entry.value as object)).toEqual(Object.keys(entry.item.fallback));
    expect(result.changes).toEqual([]);
  });

  it('the office sites confirmed for fill on open never come from a file', () => {
    // Whether or not this version stores such a list, a file's list is not what gets written.
    const result = plan({ settings: { version: 1, data: { ...createSettings({ autoFill: true }), autoFillSites: ['www.durbin.senate.gov'] } } });
    const settings = result.entries.find((e) => e.item === settingsItem)!.value as { autoFill: boolean; autoFillSites?: string[] };
    expect(settings.autoFill).toBe(false);
    expect(settings.autoFillSites ?? []).toEqual([]);
    expect(result.changes.map((c) => c.field)).not.toContain('autoFillSites');
  });

  it('a huge note, or one with hidden characters, is refused with the reason', () => {
    expect(refusal({ settings: envelope(settingsItem, { ...createSettings(), note: 'x'.repeat(50_000) }) }))
      .toEqual({ code: 'bad-item', item: 'settings', fields: ['note'], reasons: { note: 'errTooLong' } });
    expect(refusal({ settings: envelope(settingsItem, { ...createSettings(), note: 'Thank you \u202Egro.elpmaxe@x' }) }))
      .toEqual({ code: 'bad-item', item: 'settings', fields: ['note'], reasons: { note: 'dataErrBidi' } });
  });

  it('a look-alike name or a hidden character in the address is refused with the reason', () => {
    expect(refusal({ profile: envelope(profileItem, createProfile({ firstName: 'Alesi\u0430', city: 'Chi\u200Bcago' })) }))
      .toEqual({ code: 'bad-item', item: 'profile', fields: ['firstName', 'city'], reasons: { firstName: 'dataErrMixedScript', city: 'dataErrZeroWidth' } });
  });

  it('log entries with impossible dates or unknown letters are left out and counted; thousands are refused', () => {
    const entries = [...sent(2), ...sent(1, '9999-99-99'), ...sent(1, '2021-02-30'), { ...sent(1)[0], letterId: 'not-a-letter' }];
    const result = plan({ progress: { version: 1, data: { entries } } });
    expect(result.skipped).toEqual({ damaged: 2, unknownLetter: 1 });
    expect(result.progress).toEqual([{ status: 'sent', before: 0, after: 2 }]);
    expect(refusal({ progress: { version: 1, data: { entries: sent(1001) } } })).toEqual({ code: 'too-many-entries', item: 'progress', limit: 1000 });
  });

  it('a letter this version lacks is not chosen', () => {
    const result = plan({ settings: envelope(settingsItem, createSettings({ letterId: 'some-other-letter', letterLanguage: 'be' })) },
      { ...stored, settings: createSettings({ letterLanguage: 'ru' }) });
    expect(result.withheld).toEqual([{ field: 'letterId', value: 'some-other-letter', why: 'unknown-letter' }]);
    expect(result.changes).toEqual([{ item: 'settings', field: 'letterLanguage', before: 'ru', after: 'be' }]);
    expect((result.entries[0]!.value as { letterId: string }).letterId).toBe('political-prisoners');
  });

  it('written, a withheld setting keeps what is stored at that moment, not what was stored when the file was read', async () => {
    const result = plan({ settings: envelope(settingsItem, createSettings({ autoFill: true, note: 'From the file' })) },
      { ...stored, settings: createSettings({ autoFill: true }) });
    // The supporter turns fill-on-open off while the confirmation is open.
    await fakeBrowser.storage.local.set({ settings: envelope(settingsItem, createSettings({ autoFill: false })) });
    await writeAll(result.entries);
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(envelope(settingsItem, createSettings({ autoFill: false, note: 'From the file' })));
  });
});
