// Ordering of the subject picker and editing of the site-rule list.
import { describe, expect, it } from 'vitest';
import { orderSubjects } from '@/components/SubjectPicker';
import { withRule } from '@/entrypoints/options/with-rule';

describe('orderSubjects', () => {
  it('puts community management first, then by count, then by name', () => {
    const out = orderSubjects([
      { canonical: 'seo', total: 3 },
      { canonical: 'flash', total: 1 },
      { canonical: 'community management', total: 2 },
      { canonical: 'email', total: 3 },
    ]);
    expect(out.map((s) => s.canonical)).toEqual(['community management', 'email', 'seo', 'flash']);
  });

  it('keeps community management first even with no obituary on record', () => {
    expect(orderSubjects([{ canonical: 'seo', total: 3 }])).toEqual([
      { canonical: 'community management', total: 0 },
      { canonical: 'seo', total: 3 },
    ]);
  });
});

describe('withRule', () => {
  const rules = [
    { pattern: 'a.com', action: 'deny' as const },
    { pattern: 'b.com', action: 'deny' as const },
    { pattern: 'c.com', action: 'allow' as const },
  ];

  it('adds at the end, replacing a rule for the same pattern', () => {
    expect(withRule(rules, { pattern: 'd.com', action: 'deny' }, null).map((r) => r.pattern)).toEqual([
      'a.com',
      'b.com',
      'c.com',
      'd.com',
    ]);
    expect(withRule(rules, { pattern: 'b.com', action: 'allow' }, null)).toEqual([
      rules[0],
      rules[2],
      { pattern: 'b.com', action: 'allow' },
    ]);
  });

  it('edits in place', () => {
    expect(withRule(rules, { pattern: 'x.com', action: 'allow' }, 1)).toEqual([
      rules[0],
      { pattern: 'x.com', action: 'allow' },
      rules[2],
    ]);
  });

  it("an edit onto another rule's pattern leaves one rule for it, at the edited place", () => {
    expect(withRule(rules, { pattern: 'a.com', action: 'allow' }, 2)).toEqual([
      rules[1],
      { pattern: 'a.com', action: 'allow' },
    ]);
  });
});
