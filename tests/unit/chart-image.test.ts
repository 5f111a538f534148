import { describe, expect, it } from 'vitest';
import { chartSvg, IMAGE_HEIGHT, IMAGE_WIDTH, wrap } from '@/lib/chart-image';

const image = {
  title:
    'a subject with <markup> & a very long name that will need two lines: declared dead 9 times since 2011',
  lines: ['First in 2011, last in 2024.', 'The same argument, AI, was used in 2013, 2016 and 2023.'],
  years: [
    { year: 2011, claims: 2, questions: 1, rebuttals: 0 },
    { year: 2012, claims: 0, questions: 0, rebuttals: 1 },
    { year: 2013, claims: 0, questions: 0, rebuttals: 0 },
  ],
  legend: { claims: 'Claims', questions: 'Questions', rebuttals: 'Rebuttals' },
  footer: 'Not Dead Yet',
};

describe('chartSvg (Save as image)', () => {
  const svg = chartSvg(image);

  it('is a standalone SVG of the fixed size, with escaped text', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain(`width="${IMAGE_WIDTH}" height="${IMAGE_HEIGHT}"`);
    expect(svg).toContain('&lt;markup&gt; &amp;');
    expect(svg).not.toContain('<markup>');
  });

  it('draws claims solid, questions hatched and rebuttals outlined, with the obituary count per year', () => {
    expect(svg.match(/fill="#a1142e"\/>/g)?.length).toBeGreaterThanOrEqual(2); // 2011's claims + the legend key
    expect(svg.match(/fill="url\(#hatch\)"/g)).toHaveLength(2); // 2011's question + the legend key
    expect(svg.match(/stroke="#1e6b34"/g)).toHaveLength(2); // 2012's rebuttal + the legend key
    const counts = [...svg.matchAll(/font-size="12">(\d+)</g)].map((m) => m[1]);
    expect(counts).toEqual(['3']);
    expect([...svg.matchAll(/>’(\d\d)</g)].map((m) => m[1])).toEqual(['11', '12', '13']);
  });

  it('uses one light palette whatever the popup theme (no CSS variables)', () => {
    expect(svg).not.toContain('var(');
    expect(svg).toContain('<rect width="100%" height="100%" fill="#ffffff"/>');
  });

  it('wraps long text by words', () => {
    expect(wrap('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(chartSvg(image).match(/font-weight="700"/g)).toHaveLength(2);
  });
});
