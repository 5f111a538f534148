// @vitest-environment happy-dom
// The bar chart: a labelled bar per year, the same numbers as a table, and
// selection by hover, focus and arrow keys.
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { BarChart, type BarDatum } from '@/components/BarChart';

const DATA: BarDatum[] = [
  { year: 2011, count: 1 },
  { year: 2012, count: 0 },
  { year: 2013, count: 3 },
];

let root: HTMLElement;
const selections: number[] = [];

function Harness() {
  const [selected, setSelected] = useState<number | null>(2013);
  return (
    <BarChart
      data={DATA}
      selected={selected}
      onSelect={(year) => {
        selections.push(year);
        setSelected(year);
      }}
      label="Declared dead, per year"
      barLabel={(d) => `${d.year}: ${d.count}`}
      panelId="panel"
      yearHeader="Year"
      countHeader="Declared dead"
    />
  );
}

function mount() {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(<Harness />, root));
}

afterEach(() => {
  render(null, root);
  root.remove();
  selections.length = 0;
});

const tabs = () => [...root.querySelectorAll<SVGGElement>('[role="tab"]')];

describe('BarChart', () => {
  it('draws one named tab per year and labels every bar with its count', () => {
    mount();
    expect(tabs().map((t) => t.getAttribute('aria-label'))).toEqual(['2011: 1', '2012: 0', '2013: 3']);
    expect([...root.querySelectorAll('text.count')].map((t) => t.textContent)).toEqual(['1', '0', '3']);
    expect([...root.querySelectorAll('text.year')].map((t) => t.textContent)).toEqual(['’11', '’12', '’13']);
    // No bar for a zero, the tallest bar for the largest count.
    const bars = [...root.querySelectorAll('rect.bar')].map((r) => Number(r.getAttribute('height')));
    expect(bars).toHaveLength(2);
    expect(bars[1]).toBeGreaterThan(bars[0] ?? Number.POSITIVE_INFINITY);
    expect(root.querySelector('[role="tablist"]')?.getAttribute('aria-label')).toBe(
      'Declared dead, per year',
    );
  });

  it('has the same numbers in a table', () => {
    mount();
    const rows = [...root.querySelectorAll('tbody tr')].map((tr) => [
      tr.querySelector('th')?.textContent,
      tr.querySelector('td')?.textContent,
    ]);
    expect(rows).toEqual([
      ['2011', '1'],
      ['2012', '0'],
      ['2013', '3'],
    ]);
  });

  it('one tab stop, on the selected year; arrows, Home and End move the selection', () => {
    mount();
    expect(tabs().map((t) => t.getAttribute('tabindex'))).toEqual(['-1', '-1', '0']);
    const key = (el: Element, k: string) =>
      act(() => {
        el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
      });
    key(tabs()[2] as Element, 'ArrowLeft');
    expect(selections.at(-1)).toBe(2012);
    expect(tabs()[1]?.getAttribute('aria-selected')).toBe('true');
    expect(tabs().map((t) => t.getAttribute('tabindex'))).toEqual(['-1', '0', '-1']);
    key(tabs()[1] as Element, 'Home');
    expect(selections.at(-1)).toBe(2011);
    key(tabs()[0] as Element, 'End');
    expect(selections.at(-1)).toBe(2013);
    // Past the end: nothing changes.
    const before = selections.length;
    key(tabs()[2] as Element, 'ArrowRight');
    expect(selections.length).toBe(before);
  });

  it('hovering a bar selects its year', () => {
    mount();
    act(() => {
      tabs()[0]?.dispatchEvent(new MouseEvent('mouseenter', { bubbles: false }));
    });
    expect(selections.at(-1)).toBe(2011);
    expect(tabs()[0]?.getAttribute('aria-selected')).toBe('true');
  });
});
