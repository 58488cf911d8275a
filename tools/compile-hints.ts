import type { Plugin } from 'vite';

// V8 compiles a function the first time it runs, and a fill runs about a hundred and twenty of the
// filler's functions for the first time on every page. The explicit compile hint
// `//# allFunctionsCalledOnLoad` (V8's magic comment, read by Chromium since version 136; a comment
// to any other engine) has the whole script compiled as it loads instead. Measured side by side
// (tools/bench/compare.ts, compiling counted): the filler with the hint against the same filler
// without it, the fill alone 49.4 against 53.0 ms (median of 43 forms × 3 runs). The look is left
// without it: a visit runs only its first few functions, and compiling the rest up front cost more
// than it saved (tools/bench/look-compile.ts, builds in turns, 60 visits each: the look's run 6.97
// against 5.94 ms median, its compiling 1.65 against 0.79 ms).

const HINT = '//# allFunctionsCalledOnLoad\n';
const FILLER = /(^|\/)src\/content\/fill\.js$/;

export function compileHints(): Plugin {
  let hinted = 0;
  return {
    name: 'write-for-belarus:compile-hints',
    enforce: 'post',
    generateBundle(_options, bundle) {
      // The filler is built apart as one self-contained file and added to the bundle as an asset.
      for (const output of Object.values(bundle)) {
        if (!FILLER.test(output.fileName)) continue;
        if (output.type === 'chunk') output.code = HINT + output.code.replace(HINT, '');
        else output.source = HINT + (typeof output.source === 'string' ? output.source : new TextDecoder().decode(output.source)).replace(HINT, '');
        hinted++;
      }
    },
    closeBundle() {
      if (!hinted) this.error('No filler (src/content/fill.js) was built to carry the compile hint: update tools/compile-hints.ts');
    },
  };
}
