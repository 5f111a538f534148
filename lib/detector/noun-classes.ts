// WordNet 3.1 noun classes of English words (person, animal, group, event,
// time, artifact…), extracted by scripts/extract-wordnet.ts into compact data.
import data from './data/noun-classes.json' with { type: 'json' };

let index: Map<string, string> | null = null;
let living: Map<string, 'person' | 'animal'> | null = null;

function build(classes: Record<string, string>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [cls, words] of Object.entries(classes)) for (const w of words.split(' ')) map.set(w, cls);
  return map;
}

/** Looks a word up as written, then its singular ("monkeys", "ladies", "foxes"). */
function lookUp<T>(map: Map<string, T>, word: string): T | null {
  const w = word.toLowerCase();
  const hit = map.get(w);
  if (hit) return hit;
  if (w.endsWith('ies')) return map.get(`${w.slice(0, -3)}y`) ?? null;
  if (w.endsWith('es') && map.has(w.slice(0, -2))) return map.get(w.slice(0, -2)) ?? null;
  if (w.endsWith('s')) return map.get(w.slice(0, -1)) ?? null;
  return null;
}

/** The class of a noun's most frequent sense; plurals fall back to their singular. */
export function nounClass(word: string): string | null {
  index ??= build(data.classes);
  return lookUp(index, word);
}

/**
 * 'person' or 'animal' when every reading of a noun is a living being (WordNet: first sense a
 * person or animal, no sense as an artifact, a text or an act): "forger", "monkeys", but not
 * "server" or "browser", which also name things.
 */
export function livingNoun(word: string): 'person' | 'animal' | null {
  if (!living) {
    living = new Map();
    for (const w of data.living.person.split(' ')) living.set(w, 'person');
    for (const w of data.living.animal.split(' ')) living.set(w, 'animal');
  }
  return lookUp(living, word);
}
