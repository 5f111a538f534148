// Pruning the record: one flooding site loses its own oldest first, and the
// record always fits in storage.local.
import { describe, expect, it } from 'vitest';
import { fitRecord, pruneFairly, storedBytes } from '@/lib/tally/record';
import { sighting } from './support/sightings';

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString();

describe('pruneFairly', () => {
  it('never lets one flooding page evict what other sites added', () => {
    // 200 genuine sightings over 20 sites, older than a flood of 5,100 from one page.
    const genuine = Array.from({ length: 200 }, (_, i) =>
      sighting({ site: `site${i % 20}.example`, firstSeen: at(i) }),
    );
    const flood = Array.from({ length: 5100 }, (_, i) =>
      sighting({ site: 'flood.example', firstSeen: at(1000 + i) }),
    );
    const kept = pruneFairly([...genuine, ...flood], 5000);
    expect(kept).toHaveLength(5000);
    expect(kept.filter((s) => s.site !== 'flood.example')).toEqual(genuine);
    // The flood keeps its newest.
    expect(kept.at(-1)).toBe(flood.at(-1));
    expect(kept.filter((s) => s.site === 'flood.example').at(0)?.firstSeen).toBe(at(1000 + 300));
  });

  it('levels the biggest sites down and keeps their newest, in stored order', () => {
    const a = Array.from({ length: 6 }, (_, i) => sighting({ site: 'a', firstSeen: at(i) }));
    const b = Array.from({ length: 4 }, (_, i) => sighting({ site: 'b', firstSeen: at(10 + i) }));
    const c = [sighting({ site: 'c', firstSeen: at(0) })];
    const kept = pruneFairly([...a, ...b, ...c], 8);
    expect(kept).toHaveLength(8);
    expect(kept.filter((s) => s.site === 'c')).toEqual(c);
    // 6 + 4 + 1 = 11 → 8: a and b levelled to 4 and 3 (b's newest-slot is newer than a's).
    expect(kept.filter((s) => s.site === 'a')).toEqual(a.slice(3));
    expect(kept.filter((s) => s.site === 'b')).toEqual(b);
  });

  it('is oldest-first with a single site, and keeps everything under the cap', () => {
    const one = Array.from({ length: 10 }, (_, i) => sighting({ site: 'a', firstSeen: at(i) }));
    expect(pruneFairly(one, 7)).toEqual(one.slice(3));
    expect(pruneFairly(one, 10)).toEqual(one);
  });
});

describe('fitRecord', () => {
  it('prunes to a byte budget whatever the cap allows', () => {
    const big = Array.from({ length: 400 }, (_, i) =>
      sighting({
        headline: `${'x'.repeat(900)} ${i} is dead`,
        url: `https://a.example/${'y'.repeat(3000)}`,
        firstSeen: at(i),
      }),
    );
    const budget = 500_000;
    expect(storedBytes(big)).toBeGreaterThan(budget);
    const kept = fitRecord(big, 100_000, budget);
    expect(storedBytes(kept)).toBeLessThanOrEqual(budget);
    expect(kept.length).toBeGreaterThan(100);
    expect(kept.at(-1)).toBe(big.at(-1));
  });
});
