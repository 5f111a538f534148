// One headline, one key: case, accents, punctuation, quotes, spacing and any
// badge glyph appended to the text must not make the same headline count twice.
export function normalizeHeadline(text: string): string {
  // Plain ASCII (most headlines): the same key without Unicode normalisation,
  // which dominated merging the ~700 shipped claims when the popup opens.
  if (ASCII.test(text))
    return text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const ASCII = /^[\x20-\x7e]*$/;
