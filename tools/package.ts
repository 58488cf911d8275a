// `npm run package`: the two store packages and the source archive Firefox reviewers ask for.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import pkg from '../package.json' with { type: 'json' };

const out = 'artifacts';
mkdirSync(out, { recursive: true });
const name = (kind: string) => `${out}/write-for-belarus-${kind}-${pkg.version}.zip`;
for (const [kind, dir] of [['chrome', 'dist'], ['firefox', 'dist-firefox']] as const) {
  rmSync(name(kind), { force: true });
  execFileSync('zip', ['-qr', `../${name(kind)}`, '.'], { cwd: dir, stdio: 'inherit' });
}
execFileSync('git', ['archive', '--format=zip', `--output=${name('source')}`, 'HEAD'], { stdio: 'inherit' });
console.log(`Wrote ${['chrome', 'firefox', 'source'].map(name).join(', ')}`);
