import type { Plugin } from 'vite';

// Preact sets `innerHTML` only for `dangerouslySetInnerHTML`, which the extension never uses;
// addons.mozilla.org's linter still warns about the assignment (UNSAFE_VAR_ASSIGNMENT). This
// build step takes the assignment out of Preact, so the linter has nothing to warn about and a
// future use of dangerouslySetInnerHTML fails at once instead of writing HTML into the popup.
// If a Preact upgrade changes that code, the build stops and says so.

const PREACT = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs(\?.*)?$/;
const ASSIGNMENT = /\b\w+\.innerHTML=\w+\.__html\b/g;

export function noInnerHtml(): Plugin {
  return {
    name: 'write-for-belarus:no-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!PREACT.test(id)) return null;
      const found = code.match(ASSIGNMENT) ?? [];
      if (found.length !== 1) this.error(`Expected one innerHTML assignment in Preact, found ${found.length}: update tools/no-inner-html.ts`);
      return { code: code.replace(ASSIGNMENT, '(()=>{throw Error("dangerouslySetInnerHTML is not allowed in Write for Belarus")})()'), map: null };
    },
  };
}
