// Storage items: with keys.ts, the only place that names storage keys.
import { storage } from '@wxt-dev/storage';
import { DISMISSED_KEY, SETTINGS_KEY, SIGHTINGS_KEY } from './keys.ts';
import { DEFAULT_SETTINGS, type Settings, type Sighting, sanitizeSettings } from './schema.ts';

export const settingsItem = storage.defineItem<Settings>(`sync:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/**
 * For reading anywhere. Written only by the background's serialised writer,
 * through `writableSightingsItem` (background-items.ts), which also migrates it.
 */
export const sightingsItem = storage.defineItem<Sighting[]>(`local:${SIGHTINGS_KEY}`, {
  fallback: [],
  version: 2,
});

/** Normalised headline texts the user marked "not a death claim". */
export const dismissedItem = storage.defineItem<string[]>(`local:${DISMISSED_KEY}`, {
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
