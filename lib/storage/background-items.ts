// Items with migrations, imported by the background only: a migration runs
// where the item is defined, so defining it in every page and content script
// would read the whole record on each page load and race the one writer.
import { storage } from '@wxt-dev/storage';
import { sightingsV2 } from './migrations.ts';
import type { Sighting } from './schema.ts';

/** Same key as `sightingsItem`; reads wait for the migration to finish. */
export const writableSightingsItem = storage.defineItem<Sighting[]>('local:sightings', {
  fallback: [],
  version: 2,
  migrations: { 2: sightingsV2 },
});
