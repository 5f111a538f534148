// Length-preserving text normalisation: every output character sits at the
// same UTF-16 offset as its input character, so spans found on the normalised
// text point into the caller's original text.

/** Headlines longer than this are not headlines: detect() answers `none`. */
export const MAX_HEADLINE_LENGTH = 400;

const CHAR_MAP: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u02bc': "'",
  '\u00b4': "'",
  '`': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2012': '-',
  '\u2212': '-',
  '\u2026': '.',
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
  '\u2007': ' ',
  '\u00b7': '.',
};

const ENTITY = /&(?:amp|quot|apos|#39|#x27|nbsp|rsquo|lsquo|ldquo|rdquo|laquo|raquo|hellip|mdash|ndash);/gi;
const ENTITY_CHAR: Record<string, string> = {
  '&amp;': '&',
  '&quot;': '"',
  '&apos;': "'",
  '&#39;': "'",
  '&#x27;': "'",
  '&nbsp;': ' ',
  '&rsquo;': "'",
  '&lsquo;': "'",
  '&ldquo;': '"',
  '&rdquo;': '"',
  '&laquo;': '"',
  '&raquo;': '"',
  '&hellip;': '.',
  '&mdash;': '-',
  '&ndash;': '-',
};

/** Pads a replacement to the length of what it replaces, keeping offsets stable. */
function pad(replacement: string, length: number): string {
  return replacement + ' '.repeat(Math.max(0, length - replacement.length));
}

export function normalize(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (CHAR_MAP[ch] !== undefined) out += CHAR_MAP[ch];
    // control, zero-width and replacement characters become spaces (same length)
    else if (
      code < 0x20 ||
      (code >= 0x7f && code < 0xa0) ||
      (code >= 0x200b && code <= 0x200f) ||
      code === 0xfeff
    )
      out += ' ';
    else if (code === 0xfffd) out += ' ';
    else out += ch;
  }
  out = out.replace(/<\/?[a-z][^<>]{0,200}>/gi, (m) => ' '.repeat(m.length));
  out = out.replace(ENTITY, (m) => pad(ENTITY_CHAR[m.toLowerCase()] ?? ' ', m.length));
  return out;
}

/** True when the (original) text looks like binary or non-text noise rather than a headline. */
export function isGarbage(text: string): boolean {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 2) return true;
  // control and replacement characters are what binary looks like once decoded as text
  let noise = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c < 0xa0) || c === 0xfffd)
      noise++;
  }
  return noise / text.length > 0.05;
}
