import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getMessage } from '../support/i18n-en.ts';
import { createMockClient } from '../support/popup-client.mock.ts';

vi.mock('webextension-polyfill', () => ({ default: { i18n: { getMessage } } }));
const { App } = await import('../../src/popup/App.tsx');

let root: HTMLElement;
// A day the bundled directory of senators holds; after 3 January 2027 it says it is out of date.
beforeEach(() => { vi.useFakeTimers({ toFake: ['Date'] }); vi.setSystemTime(new Date('2026-12-01T12:00:00')); document.body.innerHTML = '<div id="app"></div>'; root = document.getElementById('app')!; });
afterEach(() => { vi.useRealTimers(); });

async function show(client: ReturnType<typeof createMockClient>, step?: 'offices') {
  await act(async () => { render(<App client={client} />, root); });
  await act(async () => { await new Promise((r) => setTimeout(r, 0)); });
  if (step) await act(async () => { (root.querySelector(`#step-${step}`) as HTMLButtonElement).click(); });
}

const text = (selector: string) => root.querySelector(selector)?.textContent ?? '';

describe('the popup guides the supporter through every office of the letter', () => {
  it('names the supporter\'s senators and counts what is written, with a correct plural', async () => {
    const client = createMockClient({ settings: { letterId: 'temporary-protected-status' } });
    await show(client, 'offices');
    expect(text('#offices-count')).toBe('0 of 5 offices written to');
    expect([...root.querySelectorAll('.seat-name')].map((n) => n.textContent)).toEqual(
      ['The President', 'Senator Richard J. Durbin', 'Senator Tammy Duckworth', 'Your Representative', 'The Department of Homeland Security']);
    expect(text('#directory-date')).toContain('2026-06-15');
  });

  it('"Open next" opens the named senator\'s own contact form', async () => {
    const client = createMockClient({ settings: { letterId: 'congress-petition' } });
    await show(client);
    expect(text('#open-next')).toBe('Open next: Senator Richard J. Durbin');
    await act(async () => { (root.querySelector('#open-next') as HTMLButtonElement).click(); });
    expect(client.opened).toEqual(['https://www.durbin.senate.gov/contact/']);
  });

  it('after a new Congress begins, the outdated directory says so and senate.gov\'s state page opens', async () => {
    vi.setSystemTime(new Date('2027-01-04T12:00:00'));
    const client = createMockClient({ settings: { letterId: 'congress-petition' } });
    await show(client);
    expect(text('#open-next')).toBe('Open next: Senator 1 of your state');
    expect(text('#open-next-hint')).toContain('A new Congress has begun');
    await act(async () => { (root.querySelector('#open-next') as HTMLButtonElement).click(); });
    expect(client.opened).toEqual(['https://www.senate.gov/states/IL/intro.htm']);
  });

  it('a correction by hand is saved and counted, with a check mark', async () => {
    const client = createMockClient({ settings: { letterId: 'political-prisoners' } });
    await show(client, 'offices');
    const select = root.querySelectorAll<HTMLSelectElement>('.seat select')[3]!;
    await act(async () => { select.value = 'sent'; select.dispatchEvent(new Event('change', { bubbles: true })); });
    expect(client.saved.progress.at(-1)?.entries).toMatchObject([{ letterId: 'political-prisoners', office: 'white-house', status: 'sent', by: 'hand', language: 'en' }]);
    expect(text('#offices-count')).toBe('1 of 4 offices written to');
    expect([...root.querySelectorAll('.seat .check-mark')].map((n) => n.textContent)).toEqual(['○', '○', '○', '✓']);
    expect(root.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')).toBe('1');
  });

  it('a letter to a senator of another state is shown by name and not counted as the supporter\'s', async () => {
    const progress = { entries: [{ letterId: 'political-prisoners', office: 'senate' as const, host: 'www.scott.senate.gov', status: 'sent' as const, language: 'en' as const, date: '2026-11-30', by: 'detected' as const }] };
    const client = createMockClient({ settings: { letterId: 'political-prisoners' }, progress });
    await show(client, 'offices');
    expect(text('#offices-count')).toBe('0 of 4 offices written to');
    expect(text('#offices-elsewhere')).toContain('Senator Tim Scott (South Carolina)');
  });
});
