// The detector's verdicts by headline text, kept for the browser session in
// storage.session: Chrome stops an idle worker after 30 s, and a fresh one
// answers the headlines it already judged without evaluating any NLP model.
// Bounded; thrown away when the detector's version changes. Claims are kept
// whole (the recorder needs them); a headline that is no claim is kept as null.
import { browser } from 'wxt/browser';
import { detectIfReady, detectLoading } from '@/lib/detector/detect-lazy';
import type { Detection } from '@/lib/detector/types';
import { DETECTOR_VERSION } from '@/lib/detector/version';
import { VERDICTS_KEY } from '@/lib/storage/keys';

/** Texts remembered at most; the oldest go first. */
export const MAX_VERDICTS = 3000;
/** Writes wait this long, so a burst of scans is stored once. */
const SAVE_AFTER_MS = 300;

type Verdict = Detection | null;

interface StoredVerdicts {
  version: number;
  entries: [string, Verdict][];
}

let memory: Promise<Map<string, Verdict>> | null = null;
let saveTimer: ReturnType<typeof setTimeout> | undefined;

/** storage.session is missing in old browsers: the cache then lives as long as the worker. */
function sessionArea() {
  return browser.storage.session;
}

function isStored(value: unknown): value is StoredVerdicts {
  if (!value || typeof value !== 'object') return false;
  const { version, entries } = value as Partial<StoredVerdicts>;
  return version === DETECTOR_VERSION && Array.isArray(entries);
}

async function restore(): Promise<Map<string, Verdict>> {
  const area = sessionArea();
  if (!area) return new Map();
  try {
    const stored: unknown = (await area.get(VERDICTS_KEY))[VERDICTS_KEY];
    if (!isStored(stored)) return new Map();
    return new Map(stored.entries.filter(([text]) => typeof text === 'string'));
  } catch {
    // An unreadable cache is only a slower start.
    return new Map();
  }
}

function scheduleSave(map: Map<string, Verdict>): void {
  const area = sessionArea();
  if (!area || saveTimer !== undefined) return;
  saveTimer = setTimeout(() => {
    saveTimer = undefined;
    const value: StoredVerdicts = { version: DETECTOR_VERSION, entries: [...map] };
    // A failed write (quota) is only a slower next start.
    area.set({ [VERDICTS_KEY]: value }).catch(() => {});
  }, SAVE_AFTER_MS);
}

/**
 * The verdict for each text (null: no death claim), detecting and remembering the new ones.
 * Without `models`, a text that needs an NLP model not loaded yet gets undefined (asked again later).
 */
export async function verdictsFor(texts: string[], models: true): Promise<Verdict[]>;
export async function verdictsFor(texts: string[], models: boolean): Promise<(Verdict | undefined)[]>;
export async function verdictsFor(texts: string[], models: boolean): Promise<(Verdict | undefined)[]> {
  memory ??= restore();
  const map = await memory;
  const verdicts: (Verdict | undefined)[] = [];
  let added = false;
  for (const text of texts) {
    let verdict = map.get(text);
    if (verdict === undefined) {
      const detection = models ? await detectLoading(text) : detectIfReady(text);
      if (!detection) {
        verdicts.push(undefined);
        continue;
      }
      verdict = detection.kind === 'none' ? null : detection;
      if (map.size >= MAX_VERDICTS) {
        const oldest = map.keys().next();
        if (!oldest.done) map.delete(oldest.value);
      }
      map.set(text, verdict);
      added = true;
    }
    verdicts.push(verdict);
  }
  if (added) scheduleSave(map);
  return verdicts;
}

/** For tests: forget what this worker holds (storage.session is left alone). */
export function forgetVerdicts(): void {
  memory = null;
  clearTimeout(saveTimer);
  saveTimer = undefined;
}
