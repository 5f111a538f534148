// The export file's format, shared by export and import: versioned, complete
// (every sighting and every dismissed headline) and validated as a whole.
import * as v from 'valibot';
import type { Sighting } from '../storage/schema.ts';
import { duplicateId, IsoDateTimeSchema, SightingSchema } from '../storage/sighting-schema.ts';

export const EXPORT_FORMAT = 'not-dead-yet';
export const EXPORT_VERSION = 1;
/** The largest record an import may carry (the settings' highest size cap). */
export const MAX_IMPORT_SIGHTINGS = 100_000;

export interface ExportData {
  sightings: Sighting[];
  /** Normalised headline texts the reader marked "not a death claim". */
  dismissed: string[];
}

export const ExportFileSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  version: v.literal(EXPORT_VERSION),
  exported: IsoDateTimeSchema,
  sightings: v.pipe(
    v.array(SightingSchema, 'sightings must be a list'),
    v.maxLength(MAX_IMPORT_SIGHTINGS, `more than ${MAX_IMPORT_SIGHTINGS} sightings`),
    v.check(
      (list) => !duplicateId(list),
      (issue) => `the id ${JSON.stringify(duplicateId(issue.input))} is used by two sightings`,
    ),
  ),
  dismissed: v.pipe(
    v.array(
      v.pipe(v.string('dismissed headlines must be texts'), v.maxLength(1000)),
      'dismissed must be a list',
    ),
    v.maxLength(MAX_IMPORT_SIGHTINGS),
  ),
});
