/**
 * Does a field's own `pattern` accept this value, as the browser reads it (the whole value must
 * match)? Yes when there is none, or when it cannot be read as a pattern.
 */
export function patternAccepts(pattern: string, value: string): boolean {
  if (!pattern) return true;
  try {
    return new RegExp(`^(?:${pattern})$`, 'u').test(value);
  } catch {
    return true;
  }
}
