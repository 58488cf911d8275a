import * as z from 'zod/mini';
import { hasBidiControl, hasControl, hasZeroWidth, mixedScriptWords } from '../core/text-checks.ts';

/**
 * The checks every free-text field the supporter's letters or forms carry gets (names, street,
 * city, the personal note), with the message key the popup shows beside the field. Refused, not
 * cleaned: quietly changing what someone typed (or what a file holds) would hide the problem.
 */
export function plainText({ multiline = false } = {}) {
  return [
    z.refine<string>((value) => !hasControl(value, multiline), 'dataErrControl'),
    z.refine<string>((value) => !hasBidiControl(value), 'dataErrBidi'),
    z.refine<string>((value) => !hasZeroWidth(value), 'dataErrZeroWidth'),
    // Only within one word: "Алеся Kavalenka" is two honest words; "Аlesia" (Cyrillic А) is a look-alike.
    z.refine<string>((value) => mixedScriptWords(value).length === 0, 'dataErrMixedScript'),
  ];
}
