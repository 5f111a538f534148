// Kinds read from the wording around the cue (made-up headlines).
import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detector';

describe('kind', () => {
  it.each([
    ['a denied killing is a rebuttal', 'Remote work is not killing the office, survey finds', 'rebuttal'],
    ['a denied future killing too', "Streaming isn't going to kill the cinema", 'rebuttal'],
    ['a month named May is no question', 'May 12, the Foo app will shut down for good', 'claim'],
    ['a yes/no question stays one', 'Is email dying?', 'question'],
    ['a denial closed by a question mark asks', 'Dial-up modems still alive?', 'question'],
    ['an affirmed killing stays a claim', 'Streaming is killing the cinema', 'claim'],
  ])('%s: %s', (_why, headline, kind) => {
    expect(detect(headline).kind).toBe(kind);
  });
});
