import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { LetterError, where } from './parse-letters.ts';
import { loadLetters, readLetterFiles } from './read-letters.ts';

const ID = 'virtual:letters';

/** `import library from 'virtual:letters'`: letters/ checked and compiled; a bad letter fails the build. */
export function lettersPlugin(dir = resolve('letters')): Plugin {
  return {
    name: 'write-for-belarus-letters',
    resolveId: (id) => (id === ID ? `\0${ID}` : null),
    load(id) {
      if (id !== `\0${ID}`) return null;
      // Each file, not the folder: a folder is not a module the dev server or vitest can resolve.
      for (const file of Object.keys(readLetterFiles(dir))) this.addWatchFile(resolve(dir, file));
      try {
        return `export default ${JSON.stringify(loadLetters(dir))};`;
      } catch (error) {
        if (error instanceof LetterError) this.error(error.problems.map((p) => `letters/${where(p)}`).join('\n'));
        throw error;
      }
    },
  };
}
