// The soak run: in real Chromium with the built extension, hostile pages,
// faults and heavy pages (scripts/soak/cases.ts), each run side by side in a
// browser without the extension for the cost columns. Prints one table and
// fails (exit 1) on any claim lost, correction forged, page console error,
// extension network request, badge that leaks the reader's own record, or
// problem a case found.
//   npm run soak                     (full profile)
//   NDY_SOAK_PROFILE=short npm run soak   (CI: smaller pages, shorter runs)
//   NDY_SOAK_CASES=5,7 ...           (these cases only, numbered from 1)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { normalizeHeadline } from '../lib/tally/normalize.ts';
import { launchBrowser } from './lib/browser.ts';
import { serveStatic } from './lib/static-server.ts';
import { CASES, type CaseOutcome } from './soak/cases.ts';
import { type Sizes, writePages } from './soak/pages.ts';
import { Probe, type Usage } from './soak/probe.ts';

const PROFILES: Record<'full' | 'short', Sizes> = {
  full: { tabs: 20, nodes: 100_000, links: 10_000, claims: 1000, runMs: 10_000, flood: 5100 },
  short: { tabs: 8, nodes: 20_000, links: 2000, claims: 200, runMs: 3000, flood: 1500 },
};
const PROFILE = process.env.NDY_SOAK_PROFILE === 'short' ? 'short' : 'full';
/** Records still in flight (retries back off up to 8 s) are waited for this long at most. */
const SETTLE_MS = 45_000;

interface Row {
  name: string;
  outcome: CaseOutcome;
  recorded: number;
  lost: number;
  errors: string[];
  requests: string[];
  ext: Usage;
  none: Usage;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** How many of the shown claims the record holds, waiting for retries in flight. */
async function recordedOf(probe: Probe, outcome: CaseOutcome): Promise<number> {
  const end = Date.now() + SETTLE_MS;
  for (;;) {
    const stored = (await probe.local<{ headline: string }[]>('sightings')) ?? [];
    const keys = new Set(stored.map((s) => normalizeHeadline(s.headline)));
    const recorded = [...outcome.shown].filter((t) => keys.has(t)).length;
    if (recorded + outcome.heldBack >= outcome.shown.size || Date.now() > end) return recorded;
    await sleep(1000);
  }
}

async function main(): Promise<void> {
  const sizes = PROFILES[PROFILE];
  const dir = mkdtempSync(join(tmpdir(), 'ndy-soak-'));
  writePages(dir, sizes);
  const server = await serveStatic({ '/': dir });
  const port = new URL(server.origin).port;
  const withExt = new Probe(await launchBrowser({ localDomain: 'soak.test' }), port);
  const without = new Probe(await launchBrowser({ extension: null, localDomain: 'soak.test' }), port);
  const rows: Row[] = [];
  const started = Date.now();
  try {
    const only = process.env.NDY_SOAK_CASES?.split(',').map(Number);
    for (const [i, soakCase] of CASES.entries()) {
      if (only && !only.includes(i + 1)) continue;
      const host = `case${i + 1}.soak.test`;
      const env = (probe: Probe) => ({
        probe,
        sizes,
        host,
        url: (path: string) => `http://${host}:${port}/${path}`,
      });
      await withExt.resetData();
      const errorsBefore = withExt.consoleErrors.length;
      const requestsBefore = withExt.outsideRequests.length;
      const outcome = await soakCase.run(env(withExt));
      const recorded = await recordedOf(withExt, outcome);
      const ext = await withExt.collect();
      await soakCase.run(env(without));
      const none = await without.collect();
      rows.push({
        name: soakCase.name,
        outcome,
        recorded,
        lost: outcome.shown.size - outcome.heldBack - recorded,
        errors: withExt.consoleErrors.slice(errorsBefore),
        requests: withExt.outsideRequests.slice(requestsBefore),
        ext,
        none,
      });
      process.stderr.write(`soak: ${soakCase.name} done (${Math.round((Date.now() - started) / 1000)} s)\n`);
    }
  } finally {
    await withExt.browser.close();
    await without.browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const failed = report(rows, without.consoleErrors);
  process.exitCode = failed ? 1 : 0;
}

const n = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 0 });

function report(rows: Row[], pageOwnErrors: string[]): boolean {
  const header = [
    'case',
    'faults',
    'bad inputs',
    'shown',
    'recorded (+held back)',
    'lost',
    'forged corrections',
    'leaks',
    'console errors',
    'ext. requests',
    'main thread ms (ext / none)',
    'heap MB (ext / none)',
  ];
  const lines = rows.map((r) => [
    r.name,
    n(r.outcome.faults),
    n(r.outcome.badInputs),
    n(r.outcome.shown.size),
    `${n(r.recorded)}${r.outcome.heldBack ? ` (+${n(r.outcome.heldBack)})` : ''}`,
    n(r.lost),
    n(r.outcome.forgedCorrections),
    n(r.outcome.leaks),
    n(r.errors.length),
    n(r.requests.length),
    `${n(r.ext.taskMs)} / ${n(r.none.taskMs)}`,
    `${r.ext.heapMB.toFixed(1)} / ${r.none.heapMB.toFixed(1)}`,
  ]);
  const sum = (pick: (r: Row) => number) => rows.reduce((s, r) => s + pick(r), 0);
  lines.push([
    `all ${rows.length} cases`,
    n(sum((r) => r.outcome.faults)),
    n(sum((r) => r.outcome.badInputs)),
    n(sum((r) => r.outcome.shown.size)),
    `${n(sum((r) => r.recorded))} (+${n(sum((r) => r.outcome.heldBack))})`,
    n(sum((r) => r.lost)),
    n(sum((r) => r.outcome.forgedCorrections)),
    n(sum((r) => r.outcome.leaks)),
    n(sum((r) => r.errors.length)),
    n(sum((r) => r.requests.length)),
    `${n(sum((r) => r.ext.taskMs))} / ${n(sum((r) => r.none.taskMs))}`,
    `${sum((r) => r.ext.heapMB).toFixed(1)} / ${sum((r) => r.none.heapMB).toFixed(1)}`,
  ]);
  const table = [header, header.map(() => '---'), ...lines].map((cells) => `| ${cells.join(' | ')} |`);
  console.log(`Soak (${PROFILE} profile), Chromium with the built extension vs without it:\n`);
  console.log(table.join('\n'));
  const problems = rows.flatMap((r) => [
    ...r.outcome.problems.map((p) => `${r.name}: ${p}`),
    ...r.errors.map((e) => `${r.name}: console error ${e}`),
    ...r.requests.map((u) => `${r.name}: request to ${u}`),
    ...(r.lost > 0 ? [`${r.name}: ${r.lost} shown claims not recorded`] : []),
    ...(r.outcome.forgedCorrections > 0
      ? [`${r.name}: ${r.outcome.forgedCorrections} corrections without a gesture`]
      : []),
  ]);
  if (pageOwnErrors.length)
    console.log(`\n(the pages' own errors without the extension: ${pageOwnErrors.length})`);
  console.log(
    problems.length ? `\nFAILED:\n${problems.map((p) => `- ${p}`).join('\n')}` : '\nAll checks passed.',
  );
  return problems.length > 0;
}

await main();
