// Data in and out: import, export and clear, all through the one write queue.
import type { BackgroundRequest, BackgroundResponses } from '@/lib/messages';
import { dismissedItem, getSettings } from '@/lib/storage/items';
import { claimsFrom } from '@/lib/tally/claims';
import { exportFilename, toCSV, toExportJSON } from '@/lib/tally/export';
import { parseImport } from '@/lib/tally/import';
import { normalizeHeadline } from '@/lib/tally/normalize';
import { fitDismissed, fitRecord, mergeSightings } from '@/lib/tally/record';
import { invalidateClaims, readDismissed, readSightings, writeSightings } from './recorder';
import { serialised, serialisedCorrections } from './write-queue';

/** Validates the whole file first; on any problem nothing is written. */
export function handleImport(
  request: Extract<BackgroundRequest, { type: 'import' }>,
): Promise<BackgroundResponses['import']> {
  const parsed = parseImport(request.text);
  if (!parsed.ok) return Promise.resolve(parsed);
  return serialised(async () => {
    const [stored, settings] = await Promise.all([readSightings(), getSettings()]);
    const { sightings, added } = mergeSightings(stored, parsed.data.sightings);
    // Stored as the badge's "not a death claim" stores them, so options can undo them.
    const imported = parsed.data.dismissed.map(normalizeHeadline).filter(Boolean);
    try {
      await writeSightings(fitRecord(sightings, settings.maxSightings));
      await serialisedCorrections(async () =>
        dismissedItem.setValue(fitDismissed([...new Set([...(await readDismissed()), ...imported])])),
      );
    } catch (error) {
      // Both are pruned to fit; should the browser still refuse, the options page says so.
      const detail = error instanceof Error ? error.message : String(error);
      return {
        ok: false as const,
        error: `The browser could not store the data (${detail}).`,
        problem: { code: 'not-stored' as const, args: [detail] },
      };
    } finally {
      invalidateClaims();
    }
    return { ok: true as const, added };
  });
}

export function handleClear(): Promise<BackgroundResponses['clear']> {
  return serialised(async () => {
    await writeSightings([]);
    await serialisedCorrections(() => dismissedItem.setValue([]));
    invalidateClaims();
    return { ok: true as const };
  });
}

export function handleExport(
  request: Extract<BackgroundRequest, { type: 'export' }>,
): Promise<BackgroundResponses['export']> {
  // Queued too, so an export never shows half of an import.
  return serialised(async () => {
    const [sightings, dismissed] = await Promise.all([readSightings(), readDismissed()]);
    const text =
      request.format === 'csv'
        ? toCSV(claimsFrom(sightings, undefined, dismissed))
        : toExportJSON({ sightings, dismissed });
    return { ok: true as const, text, filename: exportFilename(request.format) };
  });
}
