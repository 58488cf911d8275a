import { gzipSync } from 'node:zlib';
import { minify } from 'terser';
import type { Plugin } from 'vite';

// Every official page loads the content script, so its size is a budget (≤ 10 KB gzip). The
// build's own minifier leaves about 2% on the table that terser's second look takes: three
// compress passes over the finished bundle. Of its unsafe rewrites only one: function expressions
// that use no `this` become arrows (the script never calls one with `new`).

const CONTENT_SCRIPT = /(^|\/)src\/content\/(index|fill)\.js$/;
/** The look, which every official page loads, and its budget: the build fails past it. */
const LOOK = /(^|\/)src\/content\/index\.js$/;
const LOOK_BUDGET_GZIP = 10 * 1024;

export function minifyContentScript(): Plugin {
  return {
    name: 'write-for-belarus:minify-content-script',
    enforce: 'post',
    async generateBundle(_options, bundle) {
      // Built apart as one self-contained file and added to the bundle as an asset.
      for (const output of Object.values(bundle)) {
        if (!CONTENT_SCRIPT.test(output.fileName)) continue;
        const code = output.type === 'chunk' ? output.code : typeof output.source === 'string' ? output.source : new TextDecoder().decode(output.source);
        const { code: smaller } = await minify(code, { ecma: 2022, module: false, toplevel: true, compress: { passes: 3, unsafe_arrows: true }, mangle: true, format: { comments: false } });
        if (!smaller) this.error('terser returned nothing for the content script');
        const gzipped = LOOK.test(output.fileName) ? gzipSync(smaller).length : 0;
        if (gzipped > LOOK_BUDGET_GZIP) {
          this.error(`The look (${output.fileName}) is ${gzipped} bytes gzip, over its budget of ${LOOK_BUDGET_GZIP}: every official page loads it. Move what only a fill needs into the filler (src/content/fill.ts).`);
        }
        if (output.type === 'chunk') output.code = smaller; else output.source = smaller;
      }
    },
  };
}
