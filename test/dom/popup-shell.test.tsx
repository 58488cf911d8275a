import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/popup/App.tsx';
import { formatMessage, type Messages } from '../../src/popup/i18n.ts';
import type { Profile } from '../../src/shared/profile.ts';
import type { ReadResult } from '../../src/shared/stored-item.ts';
import { readLocale } from '../support/marker-locale.ts';
import { createMockClient } from '../support/popup-client.mock.ts';
import { settle, unmountPopup } from '../support/render-popup.tsx';

const english = vi.hoisted(() => ({ messages: {} as Messages }));
vi.mock('webextension-polyfill', () => ({ default: { i18n: { getMessage: (key: string, subs?: string[]) => (english.messages[key] ? formatMessage(english.messages[key], subs) : '') } } }));
english.messages = readLocale('en');

/** The popup's page as the browser first draws it: its body, before any script has run. */
function loadPage(): HTMLElement {
  const html = readFileSync('src/popup/index.html', 'utf8');
  document.body.innerHTML = /<body>([\s\S]*)<\/body>/.exec(html)![1]!.replace(/<script\b[\s\S]*?<\/script>/g, '');
  return document.getElementById('app')!;
}

const visible = (root: HTMLElement) => root.textContent?.replace(/\s+/g, ' ').trim();

afterEach(unmountPopup);

describe('the popup shows its name before its scripts have loaded', () => {
  it('the page alone shows the name; the app, starting, keeps it and says it is loading; loaded, the name is there once', async () => {
    const root = loadPage();
    expect(visible(root)).toBe('Write for Belarus');

    let answer: (r: ReadResult<Profile>) => void = () => {};
    const client = createMockClient();
    const loaded = client.loadProfile();
    client.loadProfile = () => new Promise((resolve) => { answer = resolve; });
    const shellHeading = root.querySelector('h1');
    await act(() => { render(<App client={client} />, root); });
    await settle();
    expect(visible(root)).toBe('Write for BelarusLoading…');
    // The heading drawn first is the one kept, not drawn again beside it.
    expect(root.querySelector('h1')).toBe(shellHeading);

    answer(await loaded);
    await settle();
    expect(root.querySelector('main')).not.toBeNull();
    expect(root.querySelectorAll('h1')).toHaveLength(1);
    expect(root.querySelector('.shell')).toBeNull();
    expect(root.querySelector('#fill-page')).not.toBeNull();
  });
});
