import { TEST_PROFILE } from '../support/factories.ts';
import { closePopup, expect, inPopup, openPopupOver, seed, setStored, stored, test } from './harness.ts';

// A start with damaged storage in Firefox: the popup keeps every valid field, names the ones it
// had to clear, writes nothing behind the supporter's back, and will not fill half a profile.

test('a corrupted profile keeps its valid fields, and the popup names the ones reset', async ({ firefox }) => {
  await seed(firefox);
  await setStored(firefox, { profile: { version: 1, data: { ...TEST_PROFILE, email: 42, zip: 'not a zip', city: null } } });
  const popup = await openPopupOver(firefox, null);
  const seen = await inPopup(firefox, popup, () => {
    const field = (name: string) => {
      const label = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim().startsWith(name));
      return (label?.control as HTMLInputElement | null)?.value ?? null;
    };
    return {
      alerts: [...document.querySelectorAll('[role="alert"]')].map((a) => a.textContent ?? ''),
      first: field('First name'), street: field('Street address'), email: field('Email'), city: field('City'), zip: field('ZIP code'),
    };
  });
  // The other view of the popup, the letter's, has "Fill this page".
  const fillDisabled = await inPopup(firefox, popup, () => new Promise<boolean | null>((done) => {
    const check = () => {
      const button = document.querySelector<HTMLButtonElement>('#fill-page');
      if (button) done(button.disabled);
      return !!button;
    };
    new MutationObserver((_, observer) => { if (check()) observer.disconnect(); }).observe(document, { childList: true, subtree: true });
    document.querySelector<HTMLButtonElement>('button[aria-pressed="false"]')?.click();
  }));
  await closePopup(firefox, popup);

  const notice = seen.alerts.find((a) => a.includes('Email'));
  expect(notice, `alerts: ${JSON.stringify(seen.alerts)}`).toBeDefined();
  for (const reset of ['City', 'ZIP code']) expect(notice).toContain(reset);
  expect(notice).not.toContain('First name');
  expect(seen).toMatchObject({ first: TEST_PROFILE.firstName, street: TEST_PROFILE.street, email: '', city: '', zip: '' });
  // A profile with holes cannot fill a form.
  expect(fillDisabled).toBe(true);
  // Nothing was written back behind the supporter's back.
  expect((await stored(firefox)).profile).toMatchObject({ data: { email: 42, zip: 'not a zip', city: null } });
});

test('settings that are not an object at all start from the defaults, and the profile is untouched', async ({ firefox }) => {
  await seed(firefox);
  await setStored(firefox, { settings: 'garbage' });
  const popup = await openPopupOver(firefox, null);
  // Away from a form the one primary action is Open next; the popup works on default settings.
  const seen = await inPopup(firefox, popup, () => ({
    main: !!document.querySelector('main'),
    openNext: !!document.querySelector<HTMLButtonElement>('#open-next:not([disabled])'),
  }));
  await closePopup(firefox, popup);
  expect(seen).toEqual({ main: true, openNext: true });
  expect((await stored(firefox)).profile).toEqual({ version: 1, data: TEST_PROFILE });
});
