// Benchmark of the detector: module init, throughput on ordinary headlines
// (rejected by the prefilter, no NLP), throughput on candidates (through the
// NLP rules), the share of a realistic mix that reaches NLP, and heap used.
// Prints figures only; asserts nothing. Real page headings come from
// $NDY_SHARED_DIR/fixtures/pages when present.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const heapBefore = process.memoryUsage().heapUsed;
const t0 = performance.now();
const { detect, detectWith, isCandidate } = await import('../lib/detector/index.ts');
const { loadTaggers } = await import('../lib/detector/taggers.ts');
await loadTaggers(['en', 'fr']);
const initMs = performance.now() - t0;
const { parseCorpus } = await import('../lib/detector/scoring.ts');

const t1 = performance.now();
detect('SEO is dead');
const firstEnMs = performance.now() - t1;
const t2 = performance.now();
detect('Le community management est mort');
const firstFrMs = performance.now() - t2;

const ordinary = readFileSync(join(root, 'tests/corpus/ordinary.txt'), 'utf8').split('\n').filter(Boolean);
const corpus = parseCorpus(readFileSync(join(root, 'tests/corpus/headlines.tsv'), 'utf8')).map(
  (r) => r.headline,
);
const candidates = corpus.filter((h) => isCandidate(h));

function rate(
  list: string[],
  minMs = 1500,
  run: (h: string) => unknown = detect,
): { perSecond: number; perHeadlineUs: number } {
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) {
    for (const h of list) run(h);
    n += list.length;
  }
  const ms = performance.now() - start;
  return { perSecond: (n / ms) * 1000, perHeadlineUs: (ms / n) * 1000 };
}

/** Headings and link texts of saved pages: what a content script would scan. */
function pageHeadlines(): { pages: number; headlines: string[] } {
  const dir = resolve(process.env.NDY_SHARED_DIR ?? join(root, '../shared'), 'fixtures/pages');
  if (!existsSync(dir)) return { pages: 0, headlines: [] };
  const files = readdirSync(dir).filter((f) => f.endsWith('.html'));
  const headlines: string[] = [];
  for (const f of files) {
    const html = readFileSync(join(dir, f), 'utf8');
    for (const m of html.matchAll(/<(h[1-4]|a)\b[^>]*>([\s\S]{0,600}?)<\/\1>/gi)) {
      const text = (m[2] ?? '')
        .replace(/<[^>]*>/g, ' ')
        .replace(/&[a-z#0-9]+;/gi, ' ')
        .replace(/\s+/g, ' ')
        .trim();
      if (text.length >= 20 && text.length <= 200 && text.split(' ').length >= 4) headlines.push(text);
    }
  }
  return { pages: files.length, headlines };
}

const ord = rate(ordinary);
// side by side, interleaved: the shipped detector and the rules alone (no model, no features)
const rulesAlone = (h: string) => detectWith(h, {}, null);
const shippedRuns: number[] = [];
const rulesRuns: number[] = [];
for (let i = 0; i < 3; i++) {
  shippedRuns.push(rate(candidates, 700).perSecond);
  rulesRuns.push(rate(candidates, 700, rulesAlone).perSecond);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1] ?? 0;
const cand = { perSecond: median(shippedRuns), perHeadlineUs: 1e6 / median(shippedRuns) };
const { pages, headlines } = pageHeadlines();
const share = (list: string[]) => list.filter((h) => isCandidate(h)).length / Math.max(1, list.length);
const pagesRate = headlines.length ? rate(headlines) : null;
const flagged = headlines.filter((h) => detect(h).kind !== 'none');
const heapAfter = process.memoryUsage().heapUsed;

const f = (x: number, d = 1) => x.toFixed(d);
console.log(`module init (import lib/detector, compromise + fr-compromise): ${f(initMs)} ms`);
console.log(`first detect: en ${f(firstEnMs)} ms, fr ${f(firstFrMs)} ms (rule compilation on first use)`);
console.log(
  `ordinary headlines (${ordinary.length}, ${f(share(ordinary) * 100)}% pass the prefilter): ${f(ord.perSecond, 0)} headlines/s (${f(ord.perHeadlineUs, 2)} µs each)`,
);
console.log(
  `candidate headlines (${candidates.length} corpus rows through NLP rules): ${f(cand.perSecond, 0)} headlines/s (${f(cand.perHeadlineUs, 0)} µs each); rules alone, side by side: ${f(median(rulesRuns), 0)}/s (ratio ${f(cand.perSecond / median(rulesRuns), 2)})`,
);
if (pagesRate) {
  console.log(
    `realistic mix: ${headlines.length} headings/links from ${pages} saved pages; ${f(share(headlines) * 100)}% reach NLP; ${f(pagesRate.perSecond, 0)} headlines/s; ${flagged.length} flagged`,
  );
} else {
  const mix = [...ordinary, ...ordinary, ...ordinary, ...corpus.slice(0, 20)];
  console.log(
    `realistic mix (no saved pages found; 180 ordinary + 20 corpus): ${f(share(mix) * 100)}% reach NLP`,
  );
}
const kb = (file: string) => (statSync(join(root, file)).size / 1024).toFixed(1);
console.log(
  `shipped detector data: model ${kb('lib/detector/data/model.json')} KB (lib/detector/data/model.json), WordNet noun classes ${kb('lib/detector/data/noun-classes.json')} KB`,
);
console.log(`heap used: ${f(heapAfter / 1048576)} MB (before import ${f(heapBefore / 1048576)} MB)`);
