// Settings, sightings and corrections from storage, kept live, with the shipped
// timeline's index: the popup's history (useHistory) and the options page's
// whole tally (useTally) are computed here (pure functions, a few thousand
// claims at most).
import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { dismissedItem, getSettings, settingsItem, sightingsItem } from '@/lib/storage/items';
import { type Settings, type Sighting, sanitizeSettings } from '@/lib/storage/schema';
import { validDismissed, validSightings } from '@/lib/storage/sighting-schema';
import { rankSubjects } from '@/lib/tally/count';
import { mergeClaims } from '@/lib/tally/merge';
import { type MergedHistory, mergeIndex } from '@/lib/tally/merge-index';
import { fromIndex, type TimelineIndex } from '@/lib/tally/timeline-index-format';
import type { Claim, SubjectRank } from '@/lib/tally/types';

interface StoredRecord {
  settings: Settings;
  sightings: Sighting[];
  dismissed: string[];
  shipped: TimelineIndex;
}

function useRecord(): StoredRecord | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [sightings, setSightings] = useState<Sighting[] | null>(null);
  const [dismissed, setDismissed] = useState<string[] | null>(null);
  const [shipped, setShipped] = useState<TimelineIndex | null>(null);

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
    ]).then(([s, r, d, index]) => {
      performance.mark('ndy-storage');
      setSettings(s);
      setSightings(validSightings(r));
      setDismissed(validDismissed(d));
      setShipped(index.SHIPPED_INDEX);
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

  const record = useMemo(
    () => (sightings && dismissed && shipped ? { sightings, dismissed, shipped } : null),
    [sightings, dismissed, shipped],
  );
  return settings && record ? { settings, ...record } : null;
}

export interface HistoryData {
  settings: Settings;
  /** The shipped subjects with the sightings merged in, corrections left out. */
  history: MergedHistory;
}

/** For the popup: the ranked subjects, and one subject's claims when asked. */
export function useHistory(): HistoryData | null {
  const record = useRecord();
  const { sightings, dismissed, shipped } = record ?? {};
  const history = useMemo(
    () => (sightings && dismissed && shipped ? mergeIndex(shipped, sightings, dismissed) : null),
    [sightings, dismissed, shipped],
  );
  return record && history ? { settings: record.settings, history } : null;
}

export interface TallyData {
  settings: Settings;
  sightings: Sighting[];
  dismissed: string[];
  /** The shipped timeline plus the sightings, corrections left out. */
  claims: Claim[];
  ranked: SubjectRank[];
}

/** For the options page: every claim, shipped and seen. */
export function useTally(): TallyData | null {
  const record = useRecord();
  const { sightings, dismissed, shipped } = record ?? {};
  const timeline = useMemo(() => (shipped ? fromIndex(shipped) : null), [shipped]);
  const claims = useMemo(
    () => (sightings && dismissed && timeline ? mergeClaims(sightings, timeline, dismissed) : null),
    [sightings, dismissed, timeline],
  );
  const ranked = useMemo(() => (claims ? rankSubjects(claims) : null), [claims]);
  return record && claims && ranked ? { ...record, claims, ranked } : null;
}
