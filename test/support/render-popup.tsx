import { render } from 'preact';
import { act } from 'preact/test-utils';
import { App } from '../../src/popup/App.tsx';
import type { PopupClient } from '../../src/popup/client.ts';

/** Let the popup's effects and awaited client calls run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await act(async () => { await new Promise((r) => setTimeout(r, 0)); });
}

/** Mount the popup as main.tsx does, with `client`, and wait until it has loaded. */
export async function renderPopup(client: PopupClient): Promise<HTMLElement> {
  document.body.innerHTML = '<div id="app"></div>';
  const root = document.getElementById('app')!;
  await act(() => { render(<App client={client} />, root); });
  await settle();
  if (!root.querySelector('main')) throw new Error('The popup did not finish loading');
  return root;
}

export function unmountPopup(): void {
  const root = document.getElementById('app');
  if (root) render(null, root);
}

/** Change a select, input or textarea the way a person does, firing what Preact listens to. */
export async function choose(element: Element | null, value: string, event: 'change' | 'input' = 'change'): Promise<void> {
  if (!element) throw new Error('No such control');
  await act(() => {
    (element as HTMLSelectElement).value = value;
    element.dispatchEvent(new Event(event, { bubbles: true }));
  });
  await settle();
}

export async function click(element: Element | null): Promise<void> {
  if (!element) throw new Error('No such control');
  await act(() => { (element as HTMLElement).click(); });
  await settle();
}
