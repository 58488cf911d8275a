// Elements the extension itself puts on the page (the panel): never a page's cover over a field.
const own = new WeakSet<Element>();

export function markOwn(el: Element): void {
  own.add(el);
}

export const isOwn = (el: Element): boolean => own.has(el);
