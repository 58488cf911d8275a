// Read through the prototypes: a control named "action", "getAttribute" or "querySelectorAll"
// shadows the form's own property, and a page must not be able to hide where its form sends.
const formAction = Object.getOwnPropertyDescriptor(HTMLFormElement.prototype, 'action')!.get!;
const buttonAction = Object.getOwnPropertyDescriptor(HTMLButtonElement.prototype, 'formAction')!.get!;
const inputAction = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'formAction')!.get!;
const hasAttribute = Element.prototype.hasAttribute;
const queryAll = Element.prototype.querySelectorAll;

/** Where a form sends: its action, and the formaction of any of its submit buttons. Nothing for a form-like box. */
export function postsOf(group: Element): string[] {
  if (!(group instanceof HTMLFormElement)) return [];
  const posts = [formAction.call(group) as string];
  for (const b of queryAll.call(group, 'button[formaction], input[formaction]')) {
    if (!hasAttribute.call(b, 'formaction')) continue;
    posts.push((b instanceof HTMLButtonElement ? buttonAction : inputAction).call(b) as string);
    if (posts.length >= 20) break;
  }
  return posts;
}
