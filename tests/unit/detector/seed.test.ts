// The seed blog post's dated headlines (2011–2016) and its own rebuttal.
import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detector';

describe('seed headlines', () => {
  it('2011: "Trop de partages tue le partage" is a claim about sharing, killed by too much sharing', () => {
    const d = detect('Trop de partages tue le partage');
    expect(d.kind).toBe('claim');
    expect(d.lang).toBe('fr');
    expect(d.subject?.toLowerCase()).toBe('le partage');
    expect(d.canonical).toBe('partage');
    expect(d.agent?.toLowerCase()).toBe('trop de partages');
  });

  it('2013: "Les community managers vont-ils tuer le community management ?" is a question', () => {
    const d = detect('Les community managers vont-ils tuer le community management ?');
    expect(d.kind).toBe('question');
    expect(d.canonical).toBe('community management');
    expect(d.agent?.toLowerCase()).toBe('les community managers');
  });

  it('2014: "Est-ce la fin du community management ?" is a question', () => {
    const d = detect('Est-ce la fin du community management ?');
    expect(d.kind).toBe('question');
    expect(d.canonical).toBe('community management');
  });

  it('2016: "Le community management est mort vive le community management" is a claim with a renewal', () => {
    const d = detect('Le community management est mort vive le community management');
    expect(d.kind).toBe('claim');
    expect(d.canonical).toBe('community management');
    expect(d.renewal?.toLowerCase()).toBe('le community management');
  });

  it('2016: "Le community Manager est-il mort ?" is a question', () => {
    const d = detect('Le community Manager est-il mort ?');
    expect(d.kind).toBe('question');
    expect(d.canonical).toBe('community management');
    expect(d.cue).toBe('est-il mort');
  });

  it('the post itself: "Le CM n\'est pas mort" is a rebuttal', () => {
    const d = detect("Le CM n'est pas mort");
    expect(d.kind).toBe('rebuttal');
    expect(d.canonical).toBe('community management');
    expect(d.text.slice(d.span?.start, d.span?.end)).toBe(d.cue);
  });
});
