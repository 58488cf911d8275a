import { describe, expect, it } from 'vitest';
import { spentBy } from '../../tools/bench/main-thread.ts';

// The bench's count of a page's main-thread time, from trace events as Chromium writes them
// (times in microseconds): what the README's speed table rests on.

const PAGE = 7;
const OTHER = 9;
const meta = [
  { name: 'thread_name', ph: 'M', pid: PAGE, tid: 1, ts: 0, args: { name: 'CrRendererMain' } },
  { name: 'thread_name', ph: 'M', pid: PAGE, tid: 2, ts: 0, args: { name: 'Compositor' } },
  { name: 'thread_name', ph: 'M', pid: OTHER, tid: 1, ts: 0, args: { name: 'CrRendererMain' } },
  { name: 'TracingStartedInBrowser', ph: 'I', pid: 1, tid: 1, ts: 0, args: { data: { frames: [{ url: 'https://www.example.senate.gov/contact', processId: PAGE }, { url: 'chrome-extension://abc/popup.html', processId: OTHER }] } } },
];
const x = (name: string, ts: number, dur: number, pid = PAGE, tid = 1) => ({ name, ph: 'X', pid, tid, ts, dur });

describe('main-thread time from a trace', () => {
  it('counts promise jobs and compiling as script, each moment once', () => {
    const spent = spentBy([
      ...meta,
      x('RunTask', 0, 10_000),
      x('EvaluateScript', 0, 6_000),
      x('v8.compile', 1_000, 2_000),
      // A microtask checkpoint at the end of the script, nested in it.
      x('RunMicrotasks', 5_000, 1_000),
      x('RunTask', 20_000, 5_000),
      // Promise jobs on their own, after a task of the browser's.
      x('RunMicrotasks', 21_000, 4_000),
    ], 'www.example.senate.gov');
    expect(spent.script).toBe(10);
    expect(spent.task).toBe(15);
    expect(spent.longest).toBe(10);
  });

  it('leaves out style and layout brought up to date inside a script, and other processes and threads', () => {
    const spent = spentBy([
      ...meta,
      x('FunctionCall', 0, 8_000),
      x('Layout', 2_000, 3_000),
      // Layout outside any script is the page's rendering, not script, and was never in the count.
      x('Layout', 9_000, 5_000),
      x('FunctionCall', 0, 50_000, OTHER),
      x('FunctionCall', 0, 50_000, PAGE, 2),
    ], 'www.example.senate.gov');
    expect(spent.script).toBe(5);
  });

  it('finds a page by the process that parsed it after a navigation', () => {
    const spent = spentBy([
      ...meta.slice(0, 3),
      { name: 'thread_name', ph: 'M', pid: 11, tid: 3, ts: 0, args: { name: 'CrRendererMain' } },
      { name: 'ParseHTML', ph: 'X', pid: 11, tid: 3, ts: 0, dur: 500, args: { beginData: { url: 'https://www.example.senate.gov/contact' } } },
      x('EvaluateScript', 1_000, 2_000, 11, 3),
    ], 'www.example.senate.gov');
    expect(spent.script).toBe(2);
  });
});
