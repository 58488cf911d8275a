import { resolve } from 'node:path';
import { loadLetters } from '../../tools/letters/read-letters.ts';

/** The letter library exactly as the build compiles it. */
const library = loadLetters(resolve('letters'));
export default library;
