// What a page's main thread spends, read from a Chromium trace of that stretch: script time
// (every run of script in any world of the page: scripts, timers, events, the promise jobs after
// them, compiling) and task time (every task). Chromium's own counter (CDP Performance.getMetrics
// ScriptDuration) leaves out promise jobs and compiling, so work an extension does after an
// `await` (a fill that answers its caller through a promise, a look that waits for the background)
// would count as nothing there. Style and layout brought up to date inside a script are left out
// of its time, as that counter leaves them out: they are the page's rendering.
import type { CDPSession } from '@playwright/test';

/** Milliseconds: script time, task time, and the longest single task (how long the page could not answer a person). */
export interface MainThread { script: number; task: number; longest: number }

/** Trace events that are script running, and those that are rendering inside it. */
const SCRIPT = new Set(['EvaluateScript', 'FunctionCall', 'RunMicrotasks', 'TimerFire', 'FireAnimationFrame', 'FireIdleCallback', 'EventDispatch', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule']);
const RENDERING = new Set(['UpdateLayoutTree', 'Layout']);
const TASK = 'RunTask';

export interface TraceEvent { name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; args?: { name?: string; data?: { frames?: { url: string; processId: number }[]; url?: string }; beginData?: { url?: string } } }
type Span = [number, number];

/** Total time covered by spans, each moment counted once (events nest). */
function covered(spans: Span[]): number {
  let total = 0;
  let [from, to] = [-Infinity, -Infinity];
  for (const [a, b] of [...spans].sort((x, y) => x[0] - y[0])) {
    if (a > to) { if (to > from) total += to - from; [from, to] = [a, b]; } else to = Math.max(to, b);
  }
  return to > from ? total + to - from : total;
}

const spanOf = (e: TraceEvent): Span => [e.ts, e.ts + (e.dur ?? 0)];

/** The parts of `spans` that lie inside `within`. */
function inside(spans: Span[], within: Span[]): Span[] {
  const out: Span[] = [];
  for (const [a, b] of spans) for (const [c, d] of within) if (a < d && b > c) out.push([Math.max(a, c), Math.min(b, d)]);
  return out;
}

/** The main-thread time of the renderers showing `host`, while `run` runs; milliseconds. */
export async function measure<T>(cdp: CDPSession, host: string, run: () => Promise<T>): Promise<{ result: T; spent: MainThread }> {
  const { result, events } = await traceOf(cdp, run);
  return { result, spent: spentBy(events, host) };
}

/** A Chromium trace of the browser while `run` runs: every event of the timeline, script and its compiling. */
export async function traceOf<T>(cdp: CDPSession, run: () => Promise<T>): Promise<{ result: T; events: TraceEvent[] }> {
  const events: TraceEvent[] = [];
  const collect = (e: { value: object[] }) => { events.push(...e.value as TraceEvent[]); };
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'toplevel', '__metadata'] }, transferMode: 'ReportEvents' });
  let result: T;
  try {
    result = await run();
  } finally {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
  }
  return { result, events };
}

/** Script and task time on the main threads of the processes that showed `host` (a page, and the page it navigated to). */
export function spentBy(events: TraceEvent[], host: string): MainThread {
  const main = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const shows = (url: string | undefined) => { try { return !!url && new URL(url).hostname === host; } catch { return false; } };
  const pids = new Set<number>();
  for (const e of events) {
    for (const frame of e.args?.data?.frames ?? []) if (shows(frame.url)) pids.add(frame.processId);
    if (e.name === 'ParseHTML' && shows(e.args?.beginData?.url)) pids.add(e.pid);
  }
  const mine = events.filter((e) => e.ph === 'X' && pids.has(e.pid) && main.has(`${e.pid}:${e.tid}`));
  const script = mine.filter((e) => SCRIPT.has(e.name)).map(spanOf);
  const rendering = inside(mine.filter((e) => RENDERING.has(e.name)).map(spanOf), script);
  const tasks = mine.filter((e) => e.name === TASK).map(spanOf);
  return { script: (covered(script) - covered(rendering)) / 1000, task: covered(tasks) / 1000, longest: Math.max(0, ...tasks.map(([a, b]) => b - a)) / 1000 };
}
