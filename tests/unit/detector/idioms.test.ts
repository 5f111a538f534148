// Idioms with an ending word that end nothing (data/masks.ts): made-up headlines.
import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detector';

describe('idioms are not death claims', () => {
  it.each([
    'Chipmakers see signs the worst is over',
    'Zorpland tourism: the worst may be over',
  ])('%s → none', (headline) => {
    expect(detect(headline).kind).toBe('none');
  });

  it('leaves the plain wording alone', () => {
    expect(detect('The Zorpcoin hype is over').kind).toBe('claim');
  });
});
