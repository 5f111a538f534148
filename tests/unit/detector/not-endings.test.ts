// Wordings with an ending word that end nothing: idioms (data/masks.ts) and constructions the
// checks recognise. Made-up headlines.
import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detector';

describe('wordings that end nothing', () => {
  it.each([
    ['an idiom', 'Chipmakers see signs the worst is over'],
    ['an idiom', 'Zorpland tourism: the worst may be over'],
    ['a refusal', 'Zorp laptops refuse to shut down after update'],
    ['a failure', 'Blorbnet servers fail to shut down on schedule'],
  ])('%s: %s → none', (_why, headline) => {
    expect(detect(headline).kind).toBe('none');
  });

  it('leaves the plain wordings alone', () => {
    expect(detect('The Zorpcoin hype is over').kind).toBe('claim');
    expect(detect('Zorp laptops to shut down their cloud sync').kind).toBe('claim');
  });
});
