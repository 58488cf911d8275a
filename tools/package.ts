// `npm run package`: the two store packages and the source archive addons.mozilla.org asks for,
// in artifacts/. Reproducible: the same build gives the same bytes (tools/reproducible-zip.ts),
// and nothing needs a `zip` program.
//   - Firefox: `web-ext build` makes the package (its file filter, its manifest checks), whose
//     entries are then written again in a fixed order with fixed times.
//   - Chrome: every file of dist/.
//   - Source: every file git tracks or would track (git ls-files), as it is in the working tree.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import webExt from 'web-ext';
import pkg from '../package.json' with { type: 'json' };
import { entriesOf, reproducibleZip, type ZipEntry } from './reproducible-zip.ts';

const OUT = 'artifacts';
const name = (kind: string) => join(OUT, `write-for-belarus-${kind}-${pkg.version}.zip`);

function filesUnder(dir: string): ZipEntry[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => {
      const path = join(d.parentPath, d.name);
      return { name: relative(dir, path).split(sep).join('/'), data: readFileSync(path), executable: (statSync(path).mode & 0o111) !== 0 };
    });
}

async function firefoxPackage(): Promise<Uint8Array> {
  const scratch = mkdtempSync(join(tmpdir(), 'wfb-web-ext-'));
  try {
    const { extensionPath } = await webExt.cmd.build(
      { sourceDir: 'dist-firefox', artifactsDir: scratch, overwriteDest: true, filename: 'firefox.zip' },
      { showReadyMessage: false },
    );
    return reproducibleZip(entriesOf(readFileSync(extensionPath)));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function sourceArchive(): Uint8Array {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' })
    .split('\0').filter(Boolean);
  const present = [...new Set(listed)].filter((file) => { try { return statSync(file).isFile(); } catch { return false; } });
  return reproducibleZip(present.map((file) => ({ name: file, data: readFileSync(file), executable: (statSync(file).mode & 0o111) !== 0 })));
}

mkdirSync(OUT, { recursive: true });
const written = [
  [name('chrome'), reproducibleZip(filesUnder('dist'))],
  [name('firefox'), await firefoxPackage()],
  [name('source'), sourceArchive()],
] as const;
for (const [file, bytes] of written) writeFileSync(file, bytes);
console.log(`Wrote ${written.map(([file, bytes]) => `${file} (${bytes.length} bytes)`).join(', ')}`);
