import { resolve } from 'node:path';
import { build, type Plugin, type Rolldown } from 'vite';
import { FILLER_FILE as FILE } from '../src/background/filler-file.ts';

// The filler (src/content/fill.ts) is not in the manifest: the background loads it into a frame
// with scripting.executeScript when a fill is asked for there. It is built here as one
// self-contained script, the way the look is, and added to the bundle at the path the background
// names (src/background/filler-file.ts). No web-accessible resource: a page cannot fetch it.

const ENTRY = 'src/content/fill.ts';

/** The filler as one self-contained script, not yet minified (the build minifies it after, tools/minify-content-script.ts); null when nothing was built. */
export async function buildFiller(root: string): Promise<string | null> {
  const built = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    plugins: [],
    build: {
      write: false,
      emptyOutDir: false,
      minify: false,
      target: 'es2022',
      lib: { entry: resolve(root, ENTRY), formats: ['iife'], name: 'writeForBelarusFill', fileName: () => FILE },
      rolldownOptions: { output: { entryFileNames: FILE } },
    },
  });
  const outputs = (Array.isArray(built) ? built : [built]) as Rolldown.RolldownOutput[];
  return outputs.flatMap((o) => o.output).find((o) => o.type === 'chunk')?.code ?? null;
}

export function fillerScript(): Plugin {
  let root = process.cwd();
  return {
    name: 'write-for-belarus:filler-script',
    apply: 'build',
    enforce: 'post',
    configResolved(config) { root = config.root; },
    async generateBundle() {
      const code = await buildFiller(root);
      if (code === null) this.error(`No script was built from ${ENTRY}`);
      this.emitFile({ type: 'asset', fileName: FILE, source: code });
    },
  };
}
