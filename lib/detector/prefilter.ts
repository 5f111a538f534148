// Cheap test run in the page on every headline: only texts that pass it are
// sent to the NLP detector. It must never import compromise.
// PLACEHOLDER for the foundation slice; the detector issue replaces it with a
// list kept as data.
const DEATH_WORDS =
  /\b(dead|death|dying|dies?|died|kill(s|ed|ing)?|rip|r\.i\.p|obsolete|over|end|mort(e|s|es)?|meurt|mourir|tu(é|ée|és|er|ent|e)|fin)\b/i;

export function isCandidate(text: string): boolean {
  return text.length >= 4 && text.length <= 300 && DEATH_WORDS.test(text);
}
