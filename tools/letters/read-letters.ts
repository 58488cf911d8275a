import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseLetters } from './parse-letters.ts';

/** Every .md and .yaml file under the folder (path relative to it → text). */
export function readLetterFiles(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(md|yaml)$/.test(name) && name !== 'README.md') files[relative(dir, path).split('\\').join('/')] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return files;
}

export const loadLetters = (dir: string) => parseLetters(readLetterFiles(dir));
