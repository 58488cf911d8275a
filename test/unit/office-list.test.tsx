import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getMessage } from '../support/i18n-en.ts';
import { createMockClient } from '../support/popup-client.mock.ts';

vi.mock('webextension-polyfill', () => ({ default: { i18n: { getMessage } } }));
const { App } = await import('../../src/popup/App.tsx');

let root: HTMLElement;
beforeEach(() => { document.body.innerHTML = '<div id="app"></div>'; root = document.getElementById('app')!; });

async function show(client: ReturnType<typeof createMockClient>) {
  await act(async () => { render(<App client={client} />, root); });
  await act(async () => { await new Promise((r) => setTimeout(r, 0)); });
}

const text = (selector: string) => root.querySelector(selector)?.textContent ?? '';

describe('the popup guides the supporter through every office of the letter', () => {
  it('lists the offices of the chosen letter and how many are written to', async () => {
    const client = createMockClient({ settings: { letterId: 'temporary-protected-status' } });
    await show(client);
    expect(text('#offices-count')).toBe('0 of 5 offices written to');
    expect([...root.querySelectorAll('.seat-name')].map((n) => n.textContent)).toEqual(
      ['The President', 'Senator 1 of your state', 'Senator 2 of your state', 'Your Representative', 'The Department of Homeland Security']);
  });

  it('"Open next" opens the next office\'s official page, and the hint says what to do there', async () => {
    const client = createMockClient({ settings: { letterId: 'congress-petition' } });
    await show(client);
    await act(async () => { (root.querySelector('#open-next') as HTMLButtonElement).click(); });
    expect(client.opened).toEqual(['https://www.senate.gov/states/IL/intro.htm']);
    expect(text('#open-next-hint')).toContain('senate.gov lists your state’s two senators');
  });

  it('a correction by hand is saved and counted', async () => {
    const client = createMockClient({ settings: { letterId: 'political-prisoners' } });
    await show(client);
    const select = root.querySelectorAll<HTMLSelectElement>('.seat select')[3]!;
    await act(async () => { select.value = 'sent'; select.dispatchEvent(new Event('change', { bubbles: true })); });
    expect(client.saved.progress.at(-1)?.entries).toMatchObject([{ letterId: 'political-prisoners', office: 'white-house', status: 'sent', by: 'hand', language: 'en' }]);
    expect(text('#offices-count')).toBe('1 of 4 offices written to');
    expect(text('#offices-left')).toBe('Still to write to: Senator 1 of your state, Senator 2 of your state, Your Representative');
  });
});
