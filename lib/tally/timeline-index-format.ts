// The format of timeline-index.json, the shipped timeline as the extension
// loads it, built from timeline.json by `npm run timeline:build` (or
// `timeline:index`) with only what the badges, popup and options use (no
// sources, provenance or detector notes).
// A list of subjects, in rank order, each with the figures the popup's ranked
// list shows, so opening the popup reads no row; then its headlines' key hashes
// and its rows, each kept as one string with separators the data never holds
// (checked when written), split only when that subject is needed. The file
// holds this as JSON text in one JSON string: bundled as a string literal and
// read with JSON.parse, 0.3–0.5 ms at each opening of the popup where splitting
// the same figures out of plain text (format 3) took 1.9–2.5 ms (an earlier
// stop measured object literals slower still). A unit test checks it against timeline.json.
import { DEATH_KINDS, type DeathKind, LANGS, type Lang } from '../detector/types.ts';
import { rankSubjects } from './count.ts';
import { normalizeHeadline } from './normalize.ts';
import type { TimelineEntry } from './timeline-schema.ts';
import type { Claim, SubjectRank } from './types.ts';

/**
 * canonical, total, rebuttals, first year, last year (its rank in the shipped
 * timeline alone), its headlines' key hashes (keyHash) and its rows (each joined by ROW).
 */
export type IndexSubject = [string, number, number, number | null, number | null, string, string];

export interface TimelineIndex {
  version: 4;
  subjects: IndexSubject[];
}

/** Between rows (and keys); between fields. */
const ROW = '^';
const FIELD = '|';
const SEPARATORS = /[\^|]/;

/** A row's fields; an empty field is null. */
const FIELDS = ['position', 'id', 'date', 'kind', 'lang', 'headline', 'subject', 'url', 'argument', 'site'];

/** What the extension keeps of an entry. */
export function entryClaim(entry: TimelineEntry): Claim {
  return {
    id: `timeline:${entry.id}`,
    headline: entry.headline,
    subject: entry.subject,
    canonical: entry.canonical,
    kind: entry.kind,
    lang: entry.lang,
    url: entry.url,
    // Precomputed: parsing URLs took 0.4–2 ms of the popup's opening (a CPU profile).
    site: entry.url ? new URL(entry.url).hostname : null,
    date: entry.date,
    origin: 'shipped',
    dateSource: 'timeline',
    argument: entry.argument ?? null,
  };
}

function field(value: string | null): string {
  if (value === '' || SEPARATORS.test(value ?? '')) {
    throw new Error(`timeline index: a field cannot be empty or hold ^ or |: ${value}`);
  }
  return value ?? '';
}

export function toIndex(entries: readonly TimelineEntry[]): TimelineIndex {
  const claims = entries.map(entryClaim);
  const bySubject = new Map<string, [number, Claim][]>();
  claims.forEach((claim, position) => {
    const own = bySubject.get(claim.canonical) ?? [];
    own.push([position, claim]);
    bySubject.set(claim.canonical, own);
  });
  return {
    version: 4,
    subjects: rankSubjects(claims).map((rank): IndexSubject => {
      const own = bySubject.get(rank.canonical) ?? [];
      const rows = own.map(([position, c]) =>
        [
          String(position),
          ...[c.id.slice('timeline:'.length), c.date, c.kind, c.lang, c.headline, c.subject, c.url]
            .concat(c.argument ?? null, c.site)
            .map(field),
        ].join(FIELD),
      );
      const keys = own.map(([, c]) => keyHash(normalizeHeadline(c.headline)));
      return [
        field(rank.canonical),
        rank.total,
        rank.rebuttals,
        rank.first,
        rank.last,
        keys.join(ROW),
        rows.join(ROW),
      ];
    }),
  };
}

/** The index as the file holds it: JSON text. */
export function indexText(index: TimelineIndex): string {
  return JSON.stringify(index);
}

/** The index from the file's text; an index in another format (an older toIndex's) is refused. */
export function readIndex(text: unknown): TimelineIndex {
  const json = typeof text === 'string' ? parseOrNull(text) : null;
  if (!isIndex(json)) {
    throw new Error('timeline-index.json is not in the format of toIndex: run npm run timeline:index');
  }
  return json;
}

function parseOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // Not JSON: version 3 was plain text.
    return null;
  }
}

// The subjects are not checked one by one: toIndex wrote them, and a unit
// test checks the file against timeline.json.
function isIndex(json: unknown): json is TimelineIndex {
  return (
    typeof json === 'object' &&
    json !== null &&
    'version' in json &&
    json.version === 4 &&
    'subjects' in json &&
    Array.isArray(json.subjects)
  );
}

/** A subject's line as the ranked list shows it, before the reader's own record. */
export function subjectRank(subject: IndexSubject): SubjectRank {
  // Indexed, not destructured: the popup runs this for every subject, before its code is optimised.
  const total = subject[1];
  return {
    canonical: subject[0],
    total,
    rebuttals: subject[2],
    first: subject[3],
    last: subject[4],
    shipped: total,
    seen: 0,
  };
}

/**
 * A headline key in a few characters (32-bit FNV-1a, base 36): the index
 * holds these, not the keys, to tell which subjects may hold a headline;
 * the rows say for sure.
 */
export function keyHash(key: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  // Written out digit by digit: V8's toString(36) costs ~25 µs a call, 5 ms for 200 sightings.
  let rest = hash >>> 0;
  let text = '';
  do {
    text = BASE36[rest % 36] + text;
    rest = Math.floor(rest / 36);
  } while (rest);
  return text;
}

const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz';

export function subjectKeyHashes(subject: IndexSubject): string[] {
  return subject[5].split(ROW);
}

const isKind = (s: string | undefined): s is DeathKind => DEATH_KINDS.some((k) => k === s);
const isLang = (s: string | undefined): s is Lang => LANGS.some((l) => l === s);

const parsed = new WeakMap<IndexSubject, [number, Claim][]>();

/** A subject's claims with their position in the timeline, in timeline order (split once per subject). */
function subjectRows(subject: IndexSubject): [number, Claim][] {
  let rows = parsed.get(subject);
  if (rows) return rows;
  rows = subject[6].split(ROW).map((line) => {
    // Indexed, not destructured: no array iterator on a path run for every shipped row.
    const f = line.split(FIELD);
    const kind = f[3];
    const lang = f[4];
    if (!isKind(kind) || !isLang(lang) || f.length !== FIELDS.length) {
      throw new Error(`timeline index: a row of ${subject[0]} is not ${FIELDS.join(', ')}`);
    }
    const claim: Claim = {
      id: `timeline:${f[1]}`,
      headline: f[5] ?? '',
      subject: f[6] || null,
      canonical: subject[0],
      kind,
      lang,
      url: f[7] || null,
      site: f[9] || null,
      date: f[2] ?? '',
      origin: 'shipped',
      dateSource: 'timeline',
      argument: f[8] || null,
    };
    return [Number(f[0]), claim];
  });
  parsed.set(subject, rows);
  return rows;
}

/** A subject's shipped claims, in timeline order. */
export function subjectClaims(subject: IndexSubject): Claim[] {
  return subjectRows(subject).map(([, claim]) => claim);
}

/** Every shipped claim, in timeline.json's order. */
export function fromIndex(index: TimelineIndex): Claim[] {
  // Sorted, not written at each position: writes far past an array's end make V8 keep it as a slow dictionary.
  return index.subjects
    .flatMap(subjectRows)
    .sort((a, b) => a[0] - b[0])
    .map(([, claim]) => claim);
}
