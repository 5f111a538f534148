// WordNet 3.1 noun classes of English words (person, animal, group, event,
// time, artifact…), extracted by scripts/extract-wordnet.ts into compact data.
import data from './data/noun-classes.json' with { type: 'json' };

let index: Map<string, string> | null = null;

function build(): Map<string, string> {
  const map = new Map<string, string>();
  for (const [cls, words] of Object.entries(data.classes)) for (const w of words.split(' ')) map.set(w, cls);
  return map;
}

/** The class of a noun's most frequent sense; plurals fall back to their singular. */
export function nounClass(word: string): string | null {
  index ??= build();
  const w = word.toLowerCase();
  const hit = index.get(w);
  if (hit) return hit;
  if (w.endsWith('ies')) return index.get(`${w.slice(0, -3)}y`) ?? null;
  if (w.endsWith('es') && index.has(w.slice(0, -2))) return index.get(w.slice(0, -2)) ?? null;
  if (w.endsWith('s')) return index.get(w.slice(0, -1)) ?? null;
  return null;
}
