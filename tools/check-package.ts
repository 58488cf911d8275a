// `npm run check:package`: run `npm run package` twice, each with a fresh build, and show that
// every archive comes out byte for byte the same (same SHA-256). Exits 1 when one differs.
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function packageOnce(): Map<string, string> {
  execSync('npm run --silent package', { stdio: ['ignore', 'ignore', 'inherit'] });
  const zips = readdirSync('artifacts').filter((f) => f.endsWith('.zip')).sort();
  return new Map(zips.map((f) => [f, createHash('sha256').update(readFileSync(join('artifacts', f))).digest('hex')]));
}

const first = packageOnce();
const second = packageOnce();
let same = first.size === 3 && second.size === first.size;
for (const [file, hash] of first) {
  const again = second.get(file);
  same &&= again === hash;
  console.log(`${again === hash ? 'same     ' : 'DIFFERENT'} ${hash}  ${file}${again === hash ? '' : ` (then ${again})`}`);
}
console.log(same ? 'Two runs of npm run package gave identical archives.' : 'The archives differ between two runs.');
process.exit(same ? 0 : 1);
