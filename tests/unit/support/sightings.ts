// Builders for sightings and detections in the data-layer tests.
import type { Detection } from '@/lib/detector/types';
import type { Sighting } from '@/lib/storage/schema';

let n = 0;

export function sighting(overrides: Partial<Sighting> = {}): Sighting {
  n++;
  return {
    id: `s${n}`,
    headline: `Headline number ${n} is dead`,
    subject: 'headline',
    canonical: 'community management',
    kind: 'claim',
    lang: 'en',
    url: `https://example.com/${n}`,
    site: 'example.com',
    published: '2014-03-02',
    dateSource: 'json-ld',
    firstSeen: '2026-01-01T10:00:00.000Z',
    ...overrides,
  };
}

export function detection(text: string, overrides: Partial<Detection> = {}): Detection {
  return {
    text,
    kind: 'claim',
    subject: 'community management',
    canonical: 'community management',
    lang: 'fr',
    cue: 'est mort',
    span: null,
    agent: null,
    renewal: null,
    ...overrides,
  };
}
