// CLI: classify headlines. With arguments, one JSON line per argument; without,
// one JSON line per stdin line (split on \n only, so a stray \r in binary junk
// never adds or drops a line). Options: --lang=en|fr forces the language,
// --explain adds every rule hit to stderr.
import { explain } from '../lib/detector/engine.ts';
import { type DetectOptions, detect, type Lang } from '../lib/detector/index.ts';
import { normalize } from '../lib/detector/normalize.ts';
import { loadTaggers } from '../lib/detector/taggers.ts';
import { LANGS } from '../lib/detector/types.ts';

await loadTaggers(LANGS);

const args = process.argv.slice(2);
const flags = args.filter((a) => a.startsWith('--'));
const texts = args.filter((a) => !a.startsWith('--'));
const langFlag = flags.find((f) => f.startsWith('--lang='))?.slice('--lang='.length);
const options: DetectOptions = langFlag === 'en' || langFlag === 'fr' ? { lang: langFlag as Lang } : {};
const wantExplain = flags.includes('--explain');
const decoder = new TextDecoder('utf-8', { fatal: false });

async function emit(text: string): Promise<void> {
  const result = detect(text, options);
  if (wantExplain) {
    for (const lang of ['en', 'fr'] as const) {
      for (const hit of explain(normalize(text), lang))
        process.stderr.write(`  [${lang}] ${JSON.stringify(hit)}\n`);
    }
  }
  if (!process.stdout.write(`${JSON.stringify(result)}\n`)) {
    await new Promise<void>((resolve) => process.stdout.once('drain', () => resolve()));
  }
}

async function fromStdin(): Promise<void> {
  let pending: Buffer[] = [];
  let sawAny = false;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    sawAny = true;
    let start = 0;
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, start)) {
      pending.push(chunk.subarray(start, i));
      const line = decoder.decode(Buffer.concat(pending)).replace(/\r$/, '');
      pending = [];
      await emit(line);
      start = i + 1;
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  }
  // a last line without a newline still gets its answer
  if (sawAny && pending.some((b) => b.length > 0))
    await emit(decoder.decode(Buffer.concat(pending)).replace(/\r$/, ''));
}

if (texts.length > 0) {
  for (const text of texts) await emit(text);
} else {
  await fromStdin();
}
