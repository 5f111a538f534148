// One headline, one key: case, accents, punctuation, quotes, spacing and any
// badge glyph appended to the text must not make the same headline count twice.
export function normalizeHeadline(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
