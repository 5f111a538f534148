// Settings, sightings and corrections from storage, kept live, for the popup
// and the options page; the tally is computed here (pure functions, a few
// thousand claims at most).
import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { dismissedItem, getSettings, settingsItem, sightingsItem } from '@/lib/storage/items';
import { type Settings, type Sighting, sanitizeSettings } from '@/lib/storage/schema';
import { validDismissed, validSightings } from '@/lib/storage/sighting-schema';
import { rankSubjects } from '@/lib/tally/count';
import { mergeClaims } from '@/lib/tally/merge';
import type { Claim, SubjectRank } from '@/lib/tally/types';

export interface TallyData {
  settings: Settings;
  sightings: Sighting[];
  dismissed: string[];
  /** The shipped timeline plus the sightings, corrections left out. */
  claims: Claim[];
  ranked: SubjectRank[];
}

export function useTally(): TallyData | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [sightings, setSightings] = useState<Sighting[] | null>(null);
  const [dismissed, setDismissed] = useState<string[] | null>(null);
  const [timeline, setTimeline] = useState<Claim[] | null>(null);

  // A layout effect starts the reads right after the first render; a plain
  // effect would wait for the next paint, a frame later.
  useLayoutEffect(() => {
    // Storage may hold anything (an old version, a bad write): what is read is validated, as the background does.
    // The shipped timeline is a chunk of its own, loaded while storage is read.
    Promise.all([
      getSettings(),
      sightingsItem.getValue(),
      dismissedItem.getValue(),
      import('@/lib/tally/timeline-index'),
    ]).then(([s, r, d, shipped]) => {
      performance.mark('ndy-storage');
      setSettings(s);
      setSightings(validSightings(r));
      setDismissed(validDismissed(d));
      setTimeline(shipped.TIMELINE);
    });
    const unwatch = [
      settingsItem.watch((s) => setSettings(sanitizeSettings(s))),
      sightingsItem.watch((r) => setSightings(validSightings(r))),
      dismissedItem.watch((d) => setDismissed(validDismissed(d))),
    ];
    return () => {
      for (const stop of unwatch) stop();
    };
  }, []);

  const claims = useMemo(
    () => (sightings && dismissed && timeline ? mergeClaims(sightings, timeline, dismissed) : null),
    [sightings, dismissed, timeline],
  );
  const ranked = useMemo(() => (claims ? rankSubjects(claims) : null), [claims]);
  return settings && sightings && dismissed && claims && ranked
    ? { settings, sightings, dismissed, claims, ranked }
    : null;
}
