// The main-thread time a page spends running extension scripts, read from a
// Chromium trace: the thread time of every top-level EvaluateScript and
// FunctionCall event whose script is a chrome-extension:// URL, on the
// renderer thread that parsed the page. Unlike the renderer's TaskDuration it
// leaves out the page's own work, so it is not swamped by a large page's noise.
// A lower bound: promise continuations (the badges are built in one, after the
// background answers) run in microtask checkpoints that name no script, and
// the style, layout and paint that follow the badges are not scripts either.
import type { CDPSession } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { url?: string }; beginData?: { url?: string } };
}

const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall']);

export interface ScriptTime {
  /** All extension script ms. */
  total: number;
  /** The longest single top-level script task, ms. */
  longest: number;
  /** Of `total`: compiling the scripts (V8's top-level compile; functions compiled on first call are not in it). */
  compile: number;
  /** Of `total`: garbage collection inside the extension's script tasks. */
  gc: number;
}

/** Nested in an extension script task: where part of its time went. */
const COMPILE_EVENTS = new Set(['v8.compile']);
const GC_EVENTS = new Set(['MajorGC', 'MinorGC']);

/** Starts a trace on `cdp`; the returned function ends it and gives the extension script ms. */
export async function traceExtensionScripts(
  cdp: CDPSession,
  pageUrl: string,
): Promise<() => Promise<ScriptTime>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline'] },
    transferMode: 'ReportEvents',
  });
  return async () => {
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await complete;
    return extensionScriptMs(events, pageUrl);
  };
}

export function extensionScriptMs(events: TraceEvent[], pageUrl: string): ScriptTime {
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === pageUrl);
  if (!parse) return { total: Number.NaN, longest: Number.NaN, compile: Number.NaN, gc: Number.NaN };
  const thread = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X');
  const scripts = thread
    .filter((e) => SCRIPT_EVENTS.has(e.name) && (e.args?.data?.url ?? '').startsWith('chrome-extension://'))
    .sort((a, b) => a.ts - b.ts);
  let total = 0;
  let longest = 0;
  let coveredUntil = Number.NEGATIVE_INFINITY;
  const spans: [number, number][] = [];
  for (const e of scripts) {
    // Nested events (a FunctionCall inside an EvaluateScript) are already counted.
    if (e.ts < coveredUntil) continue;
    coveredUntil = e.ts + (e.dur ?? 0);
    spans.push([e.ts, coveredUntil]);
    const ms = (e.tdur ?? e.dur ?? 0) / 1000;
    total += ms;
    longest = Math.max(longest, ms);
  }
  const inside = (names: Set<string>) =>
    thread
      .filter((e) => names.has(e.name) && spans.some(([from, to]) => e.ts >= from && e.ts < to))
      .reduce((ms, e) => ms + (e.tdur ?? e.dur ?? 0) / 1000, 0);
  return { total, longest, compile: inside(COMPILE_EVENTS), gc: inside(GC_EVENTS) };
}
