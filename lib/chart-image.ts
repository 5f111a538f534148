// A subject's chart and summary as a standalone SVG document, for "Save as
// image". Drawn in one fixed light palette, so the file looks the same whether
// it was saved from a light or a dark popup, and wherever it is shared.
import type { YearCount } from './tally/types.ts';

export interface ChartImage {
  title: string;
  /** Sentences under the title, wrapped to the width. */
  lines: string[];
  years: YearCount[];
  legend: { claims: string; questions: string; rebuttals: string };
  footer: string;
}

export const IMAGE_WIDTH = 720;
export const IMAGE_HEIGHT = 420;
const PAD = 32;
const COLORS = { bg: '#ffffff', text: '#1b1b1f', muted: '#54545c', bar: '#a1142e', rebuttal: '#1e6b34' };

const xml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** Greedy word wrap at `width` characters. */
export function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}

export function chartSvg(image: ChartImage): string {
  // ~12 px a character at 22 px, ~7.5 px at 14 px: wrapped to the width.
  const title = wrap(image.title, 52).slice(0, 2);
  const text = image.lines.flatMap((l) => wrap(l, 86)).slice(0, 4);
  const textTop = PAD + 18 + title.length * 28 + 4;
  const top = textTop + text.length * 20 + 16;
  const bottom = IMAGE_HEIGHT - PAD - 44;
  const plot = bottom - top - 16;
  const width = IMAGE_WIDTH - 2 * PAD;
  const slot = width / Math.max(1, image.years.length);
  const bar = Math.min(32, slot * 0.7);
  const max = Math.max(1, ...image.years.map((y) => y.claims + y.questions + y.rebuttals));
  const h = (n: number) => (n ? Math.max(2, (n / max) * plot) : 0);
  const bars = image.years.map((y, i) => {
    const x = PAD + i * slot + (slot - bar) / 2;
    const claims = h(y.claims);
    const questions = h(y.questions);
    const rebuttals = h(y.rebuttals);
    const count = y.claims + y.questions;
    const labelY = bottom - claims - questions - rebuttals - 5;
    return [
      claims
        ? `<rect x="${x}" y="${bottom - claims}" width="${bar}" height="${claims}" fill="${COLORS.bar}"/>`
        : '',
      questions
        ? `<rect x="${x}" y="${bottom - claims - questions}" width="${bar}" height="${questions}" fill="url(#hatch)"/>`
        : '',
      rebuttals
        ? `<rect x="${x + 1}" y="${bottom - claims - questions - rebuttals + 1}" width="${bar - 2}" height="${rebuttals - 2}" fill="${COLORS.bg}" stroke="${COLORS.rebuttal}" stroke-width="2"/>`
        : '',
      count
        ? `<text x="${x + bar / 2}" y="${labelY}" text-anchor="middle" font-size="12">${count}</text>`
        : '',
      `<text x="${x + bar / 2}" y="${bottom + 16}" text-anchor="middle" font-size="11" fill="${COLORS.muted}">’${String(y.year).slice(2)}</text>`,
    ].join('');
  });
  const legendY = IMAGE_HEIGHT - PAD - 8;
  const legend = [
    `<rect x="${PAD}" y="${legendY - 10}" width="12" height="12" fill="${COLORS.bar}"/>`,
    `<text x="${PAD + 18}" y="${legendY}" font-size="12">${xml(image.legend.claims)}</text>`,
    `<rect x="${PAD + 140}" y="${legendY - 10}" width="12" height="12" fill="url(#hatch)"/>`,
    `<text x="${PAD + 158}" y="${legendY}" font-size="12">${xml(image.legend.questions)}</text>`,
    `<rect x="${PAD + 281}" y="${legendY - 9}" width="10" height="10" fill="${COLORS.bg}" stroke="${COLORS.rebuttal}" stroke-width="2"/>`,
    `<text x="${PAD + 298}" y="${legendY}" font-size="12">${xml(image.legend.rebuttals)}</text>`,
    `<text x="${IMAGE_WIDTH - PAD}" y="${legendY}" font-size="12" text-anchor="end" fill="${COLORS.muted}">${xml(image.footer)}</text>`,
  ];
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${IMAGE_WIDTH}" height="${IMAGE_HEIGHT}" viewBox="0 0 ${IMAGE_WIDTH} ${IMAGE_HEIGHT}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" fill="${COLORS.text}">`,
    `<defs><pattern id="hatch" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="5" height="5" fill="${COLORS.bar}"/><line x1="0" y1="0" x2="0" y2="5" stroke="${COLORS.bg}" stroke-width="2"/></pattern></defs>`,
    `<rect width="100%" height="100%" fill="${COLORS.bg}"/>`,
    ...title.map(
      (l, i) => `<text x="${PAD}" y="${PAD + 18 + i * 28}" font-size="22" font-weight="700">${xml(l)}</text>`,
    ),
    ...text.map((l, i) => `<text x="${PAD}" y="${textTop + i * 20}" font-size="14">${xml(l)}</text>`),
    `<line x1="${PAD}" x2="${IMAGE_WIDTH - PAD}" y1="${bottom + 0.5}" y2="${bottom + 0.5}" stroke="${COLORS.muted}"/>`,
    ...bars,
    ...legend,
    '</svg>',
  ].join('\n');
}
