// Settings changes, as the content script learns of them: it never reads the
// settings (the background answers each scan with what to badge under them),
// it only hears that they changed and asks again. Through storage.sync's own
// change event: never storage.local's, which carries every write of the
// sightings record into every listening tab.
import { browser } from 'wxt/browser';
import { SETTINGS_KEY } from '@/lib/storage/keys';
import { guard } from './guard';

/** Calls `onChange` whenever the settings change; returns the unwatch. */
export function watchSettings(onChange: () => void): () => void {
  const listener = guard((changes: Record<string, unknown>) => {
    if (SETTINGS_KEY in changes) onChange();
  });
  const area = browser.storage.sync.onChanged;
  area.addListener(listener);
  return () => area.removeListener(listener);
}
