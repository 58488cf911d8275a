import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { lettersPlugin } from './tools/letters/vite-plugin.ts';
import { manifestFor, type Target } from './tools/manifest.ts';
import { compileHints } from './tools/compile-hints.ts';
import { fillerScript } from './tools/filler-script.ts';
import { minifyContentScript } from './tools/minify-content-script.ts';
import { noInnerHtml } from './tools/no-inner-html.ts';

const target: Target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome';

export default defineConfig({
  plugins: [
    preact(),
    noInnerHtml(),
    lettersPlugin(),
    crx({
      manifest: manifestFor(target) as unknown as ManifestV3Export,
      browser: target,
      // One self-contained file: nothing for a government page to fetch from the extension.
      contentScripts: { standaloneFiles: ['src/content/index.ts'] },
    }),
    // Loaded only when a fill is asked for: built apart, minified like the look, then hinted to be compiled whole.
    fillerScript(),
    // Minify first, then hint: the hint is a comment the minifier would drop.
    minifyContentScript(),
    compileHints(),
  ],
  build: {
    outDir: target === 'firefox' ? 'dist-firefox' : 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // No module-preload polyfill: it fetches files, and the extension makes no requests.
    modulePreload: { polyfill: false },
  },
});
