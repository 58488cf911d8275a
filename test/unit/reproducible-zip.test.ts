import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { entriesOf, reproducibleZip } from '../../tools/reproducible-zip.ts';

const text = (s: string) => new TextEncoder().encode(s);
const files = [
  { name: 'manifest.json', data: text('{"manifest_version":3}') },
  { name: 'src/popup/index.html', data: text('<!doctype html><main></main>') },
  { name: 'icons/16.png', data: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) },
];

describe('store packages are the same bytes for the same files', () => {
  it('whatever order the files come in', () => {
    expect(Buffer.from(reproducibleZip(files)).equals(Buffer.from(reproducibleZip([...files].reverse())))).toBe(true);
  });

  it('whenever and in whatever time zone they are packed', () => {
    const first = reproducibleZip(files);
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Kiritimati';
      expect(Buffer.from(reproducibleZip(files)).equals(Buffer.from(first))).toBe(true);
    } finally {
      process.env.TZ = zone;
    }
  });

  it('hold every file as it was, in name order, with one fixed time and permissions', () => {
    const zip = reproducibleZip(files);
    expect(Object.keys(unzipSync(zip))).toEqual(['icons/16.png', 'manifest.json', 'src/popup/index.html']);
    expect(entriesOf(zip).map((e) => [e.name, new TextDecoder().decode(e.data)])).toEqual(
      [...files].sort((a, b) => a.name.localeCompare(b.name)).map((f) => [f.name, new TextDecoder().decode(f.data)]));
    // Central directory: DOS date 1980-01-01 00:00 and mode 0644 for every entry.
    const view = Buffer.from(zip);
    for (let at = view.indexOf('PK\x01\x02'); at >= 0; at = view.indexOf('PK\x01\x02', at + 4)) {
      expect(view.readUInt16LE(at + 12)).toBe(0); // time
      expect(view.readUInt16LE(at + 14)).toBe(0x21); // date: (1980-1980) << 9 | 1 << 5 | 1
      expect(view.readUInt32LE(at + 38) >>> 16).toBe(0o100644);
    }
  });

  it('changing one byte of one file changes the package', () => {
    const changed = files.map((f) => (f.name === 'manifest.json' ? { ...f, data: text('{"manifest_version":2}') } : f));
    expect(Buffer.from(reproducibleZip(changed)).equals(Buffer.from(reproducibleZip(files)))).toBe(false);
  });

  it('refuses two entries with one name', () => {
    expect(() => reproducibleZip([...files, files[0]!])).toThrow(/Twice/);
  });
});
