/**
 * Values this popup wrote and has not yet seen come back through `storage.onChanged`. A change
 * event carrying one of them is this popup's own echo (perhaps an older one, while the
 * supporter types on): it must not move the popup's state back. Anything else came from
 * another popup, tab or the background.
 */
export class OwnWrites {
  private readonly pending = new Map<string, string[]>();

  /** Call before writing `value` under `key` (an item key, or `item.field`). */
  note(key: string, value: unknown): void {
    this.pending.set(key, [...(this.pending.get(key) ?? []), JSON.stringify(value)]);
  }

  /** True when `value` is an echo of a write noted for `key`; that write and older ones are then done. */
  isEcho(key: string, value: unknown): boolean {
    const list = this.pending.get(key) ?? [];
    const at = list.indexOf(JSON.stringify(value));
    if (at < 0) return false;
    this.pending.set(key, list.slice(at + 1));
    return true;
  }

  /** A write that failed never comes back. */
  forget(key: string, value: unknown): void {
    const list = this.pending.get(key) ?? [];
    const at = list.lastIndexOf(JSON.stringify(value));
    if (at >= 0) this.pending.set(key, [...list.slice(0, at), ...list.slice(at + 1)]);
  }
}
