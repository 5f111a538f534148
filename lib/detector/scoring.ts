// Scoring the detector on a labelled TSV corpus (the repo's own, or the shared
// dev set). Used by the corpus test and by `npm run eval:dev`; never shipped.
import { canonicalize, subjectKey } from './aliases.ts';
import type { Detection, Kind, Lang } from './types.ts';

export interface LabelledHeadline {
  lang: Lang;
  label: Kind;
  subject: string;
  headline: string;
  note: string;
}

const KINDS: readonly Kind[] = ['claim', 'question', 'rebuttal', 'none'];

/** Parses a TSV with a header row and no quoting (headlines contain `"`). */
export function parseCorpus(tsv: string): LabelledHeadline[] {
  const lines = tsv.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = (lines.shift() ?? '').split('\t');
  const col = (name: string) => header.indexOf(name);
  const iLang = col('lang');
  const iLabel = col('label');
  const iSubject = col('subject') >= 0 ? col('subject') : col('canonical');
  const iHeadline = col('headline');
  const iNote = col('note') >= 0 ? col('note') : col('source');
  if (iLang < 0 || iLabel < 0 || iHeadline < 0)
    throw new Error('corpus needs lang, label and headline columns');
  return lines.map((line, n) => {
    const cells = line.split('\t');
    const lang = cells[iLang];
    const label = cells[iLabel] as Kind;
    if ((lang !== 'en' && lang !== 'fr') || !KINDS.includes(label))
      throw new Error(`bad row ${n + 2}: ${line}`);
    return {
      lang,
      label,
      subject: iSubject >= 0 ? (cells[iSubject] ?? '') : '',
      headline: cells[iHeadline] ?? '',
      note: iNote >= 0 ? (cells[iNote] ?? '') : '',
    };
  });
}

function loose(text: string, lang: Lang): string {
  return subjectKey(text, lang)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}+#]+/gu, ' ')
    .trim();
}

/**
 * Subject match: after folding case, accents, articles, frames ("the age of")
 * and the plural, the expected subject equals our subject or canonical, both
 * map to the same alias-table entry, or one is a whole-word part of the other
 * ("mms" ~ "mms service").
 */
export function subjectMatches(expected: string, got: Detection): { exact: boolean; loose: boolean } {
  if (!expected || !got.subject) return { exact: false, loose: false };
  const lang = got.lang;
  const want = loose(expected, lang);
  const mine = [loose(got.subject, lang), loose(got.canonical ?? '', lang)];
  const exact = mine.includes(want) || canonicalize(expected, lang) === got.canonical;
  const part = mine.some(
    (m) => m && want && (` ${m} `.includes(` ${want} `) || ` ${want} `.includes(` ${m} `)),
  );
  return { exact, loose: exact || part };
}

export interface LangScore {
  lang: Lang | 'all';
  n: number;
  /** death (claim/question/rebuttal) vs none */
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  /** share of all rows whose kind is right */
  kindAccuracy: number;
  /** share of true positives whose kind is right */
  kindAccuracyOnHits: number;
  subjectExact: number;
  subjectLoose: number;
  perKind: Record<Kind, { tp: number; fp: number; fn: number; precision: number; recall: number }>;
}

export interface ScoredRow {
  row: LabelledHeadline;
  got: Detection;
  subject: { exact: boolean; loose: boolean };
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function score(rows: ScoredRow[], lang: Lang | 'all'): LangScore {
  const pick = rows.filter((r) => lang === 'all' || r.row.lang === lang);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let kindRight = 0;
  let kindRightOnHits = 0;
  let subjExact = 0;
  let subjLoose = 0;
  const perKind = Object.fromEntries(
    KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0, precision: 0, recall: 0 }]),
  ) as LangScore['perKind'];
  for (const { row, got, subject } of pick) {
    const want = row.label !== 'none';
    const have = got.kind !== 'none';
    if (want && have) tp++;
    else if (have) fp++;
    else if (want) fn++;
    if (row.label === got.kind) kindRight++;
    if (want && have && row.label === got.kind) kindRightOnHits++;
    if (want && have && subject.exact) subjExact++;
    if (want && have && subject.loose) subjLoose++;
    if (row.label === got.kind) perKind[row.label].tp++;
    else {
      perKind[got.kind].fp++;
      perKind[row.label].fn++;
    }
  }
  for (const k of KINDS) {
    const s = perKind[k];
    s.precision = ratio(s.tp, s.tp + s.fp);
    s.recall = ratio(s.tp, s.tp + s.fn);
  }
  return {
    lang,
    n: pick.length,
    tp,
    fp,
    fn,
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    kindAccuracy: ratio(kindRight, pick.length),
    kindAccuracyOnHits: ratio(kindRightOnHits, tp),
    subjectExact: ratio(subjExact, tp),
    subjectLoose: ratio(subjLoose, tp),
    perKind,
  };
}

const pct = (x: number) => x.toFixed(3);

/** A few lines a human can read in a test log or a terminal. */
export function formatScore(s: LangScore): string {
  const kinds = KINDS.map((k) => `${k} P ${pct(s.perKind[k].precision)} R ${pct(s.perKind[k].recall)}`).join(
    ' | ',
  );
  return [
    `[${s.lang}] n=${s.n}  death-claim P ${pct(s.precision)} R ${pct(s.recall)} (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`,
    `     kind accuracy ${pct(s.kindAccuracy)} (on hits ${pct(s.kindAccuracyOnHits)})  subject exact ${pct(s.subjectExact)} loose ${pct(s.subjectLoose)}`,
    `     per kind: ${kinds}`,
  ].join('\n');
}
