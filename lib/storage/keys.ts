// Storage keys, without the storage items: importing items.ts defines the
// items, and @wxt-dev/storage reads every defined item once at definition
// time. The content script only watches the settings key directly.
export const SETTINGS_KEY = 'settings';
export const SIGHTINGS_KEY = 'sightings';
export const DISMISSED_KEY = 'dismissed';
/** storage.session: the worker's verdicts by headline text (entrypoints/background/verdicts.ts). */
export const VERDICTS_KEY = 'verdicts';
/** storage.local: the detector version that last read the record's headlines (entrypoints/background/reread.ts). */
export const READ_BY_KEY = 'sightingsReadBy';
