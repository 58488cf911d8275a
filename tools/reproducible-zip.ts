import { unzipSync, zipSync, type Zippable } from 'fflate';

// Store packages that are the same bytes for the same files, so a reviewer can rebuild the
// source and compare: entries in name order, one fixed time, fixed permissions, fixed compression.

export interface ZipEntry {
  /** The path inside the archive, with forward slashes. */
  name: string;
  data: Uint8Array;
  executable?: boolean;
}

// 1980-01-01 00:00, the earliest time a zip can hold. fflate writes the local time of a Date, so
// it is built from local fields when packing: every time zone writes the same bytes.
const fixedTime = () => new Date(1980, 0, 1, 0, 0, 0);
const UNIX = 3;
const mode = (executable?: boolean) => ((executable ? 0o100755 : 0o100644) << 16) >>> 0;

export function reproducibleZip(entries: ZipEntry[]): Uint8Array {
  const sorted = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const names = new Set<string>();
  const files: Zippable = {};
  const mtime = fixedTime();
  for (const entry of sorted) {
    if (names.has(entry.name)) throw new Error(`Twice in the archive: ${entry.name}`);
    names.add(entry.name);
    files[entry.name] = [entry.data, { mtime, os: UNIX, attrs: mode(entry.executable), level: 9 }];
  }
  return zipSync(files);
}

/** The files of a zip (folders dropped), to write them again reproducibly. */
export function entriesOf(zip: Uint8Array): ZipEntry[] {
  return Object.entries(unzipSync(zip)).filter(([name]) => !name.endsWith('/')).map(([name, data]) => ({ name, data }));
}
