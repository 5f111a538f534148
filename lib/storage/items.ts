// Storage items: the only place that names storage keys.
import { storage } from '@wxt-dev/storage';
import { sightingsV2 } from './migrations.ts';
import { DEFAULT_SETTINGS, type Settings, type Sighting, sanitizeSettings } from './schema.ts';

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Written only by the background's serialised writer (entrypoints/background/recorder.ts). */
export const sightingsItem = storage.defineItem<Sighting[]>('local:sightings', {
  fallback: [],
  version: 2,
  migrations: { 2: sightingsV2 },
});

/** Normalised headline texts the user marked "not a death claim". */
export const dismissedItem = storage.defineItem<string[]>('local:dismissed', {
  fallback: [],
  version: 1,
});

export async function getSettings(): Promise<Settings> {
  return sanitizeSettings(await settingsItem.getValue());
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = sanitizeSettings({ ...(await getSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}
