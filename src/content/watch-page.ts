// Most pages on an office's site are not contact forms: look for form controls with one cheap
// query, and only then read the page.
const PROBE = 'textarea, input:not([type="hidden"]):not([type="submit"]):not([type="button"]):not([type="search"]):not([type="checkbox"]):not([type="radio"])';

export function mightHoldForm(): boolean {
  if (document.querySelector('textarea')) return true;
  return document.querySelectorAll(PROBE).length >= 2;
}

/**
 * Call `check` now and whenever the page changes (debounced), until it returns true or the
 * time runs out: forms that load late, appear after a click, or follow a client-side navigation.
 */
export function watchPage(check: () => boolean, { maxMs = 20_000, debounceMs = 250 } = {}): () => void {
  if (check()) return () => {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(() => { if (check()) stop(); }, debounceMs);
  });
  const deadline = setTimeout(() => stop(), maxMs);
  function stop() {
    observer.disconnect();
    clearTimeout(timer);
    clearTimeout(deadline);
  }
  observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'class', 'hidden'] });
  return stop;
}
