// Subject boundaries: a date after the subject is not part of it (made-up headlines).
import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detector';

describe('subjects stop at a trailing date', () => {
  it.each([
    ['La fin du fax en 2030', 'fax'],
    ['Microsoft fermera Foo Messenger le 15 mars prochain', 'Foo Messenger'],
  ])('%s → %s', (headline, subject) => {
    expect(detect(headline).subject).toBe(subject);
  });
});
