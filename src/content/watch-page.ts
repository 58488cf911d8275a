// Most pages on an office's site are not contact forms: look for form controls with one cheap
// query, and only then read the page.
const PROBE = 'textarea, input:not([type="hidden"]):not([type="submit"]):not([type="button"]):not([type="search"]):not([type="checkbox"]):not([type="radio"])';

export function mightHoldForm(): boolean {
  if (document.querySelector('textarea')) return true;
  return document.querySelectorAll(PROBE).length >= 2;
}

/**
 * Run `look` now and whenever the page changes (debounced), until it finds a form or the time
 * runs out: forms that load late, appear after a click, or follow a client-side navigation.
 */
export function watchPage(look: () => Promise<boolean>, { maxMs = 30_000, debounceMs = 250 } = {}): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let deadline: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(run, debounceMs);
  });
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
    clearTimeout(deadline);
  };
  async function run() {
    if (await look().catch(() => false)) stop();
  }
  observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'class', 'hidden'] });
  deadline = setTimeout(stop, maxMs);
  void run();
  return stop;
}
