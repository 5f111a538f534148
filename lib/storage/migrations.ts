// Storage migrations, one function per version step, tested in tests/unit/migrations.test.ts.
import { mergeSightings } from '../tally/record.ts';
import type { Sighting } from './schema.ts';
import { validSightings } from './sighting-schema.ts';

/**
 * v1 (the foundation's record, also any unversioned value) → v2: the record is
 * validated and holds one sighting per normalised headline. Invalid entries
 * are dropped, duplicates merged into their first occurrence.
 */
export function sightingsV2(value: unknown): Sighting[] {
  return mergeSightings([], validSightings(value)).sightings;
}
