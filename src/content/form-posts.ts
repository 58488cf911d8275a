import { accessor, lazy, queryAll } from './dom.ts';

// Read through the prototypes: a control named "action" or "querySelectorAll"
// shadows the form's own property, and a page must not be able to hide where its form sends.
const actions = lazy(() => ({
  form: accessor(HTMLFormElement, 'action').get!,
  button: accessor(HTMLButtonElement, 'formAction').get!,
  input: accessor(HTMLInputElement, 'formAction').get!,
}));

/**
 * Where a form sends: its action, and the formaction of any of its submit buttons, those inside
 * it and those elsewhere on the page that name it in `form=`. Nothing for a form-like box.
 */
export function postsOf(group: Element): string[] {
  if (!(group instanceof HTMLFormElement)) return [];
  const { form, button, input } = actions();
  const posts = [form.call(group) as string];
  const inside = queryAll(group, 'button[formaction], input[formaction]');
  const named = queryAll(group.ownerDocument.documentElement, 'button[formaction][form], input[formaction][form]').filter((b) => (b as HTMLButtonElement).form === group);
  for (const b of [...inside, ...named]) {
    posts.push((b instanceof HTMLButtonElement ? button : input).call(b) as string);
    if (posts.length >= 20) break;
  }
  return posts;
}
