// Data in: the whole file is checked before anything is written, and a
// rejected file gets one sentence that names the problem.
import * as v from 'valibot';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportData, ExportFileSchema } from './export-format.ts';

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** What is wrong with a rejected file, for a message in the UI's language. */
export type ImportProblemCode =
  | 'unreadable'
  | 'too-large'
  | 'empty'
  | 'not-json'
  | 'not-object'
  | 'wrong-format'
  | 'wrong-version'
  | 'invalid-data'
  /** The browser refused to store the data (storage full). */
  | 'not-stored';

export interface ImportProblem {
  code: ImportProblemCode;
  /** Substitutions for the localised message, in order. */
  args: string[];
}

export type ImportResult =
  | { ok: true; data: ExportData }
  | { ok: false; error: string; problem: ImportProblem };

const fail = (error: string, code: ImportProblemCode, ...args: string[]): ImportResult => ({
  ok: false,
  error,
  problem: { code, args },
});

/** "sightings[3].published" from valibot's path. */
function pathOf(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = item.key;
    out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  }
  return out;
}

export function parseImport(text: string): ImportResult {
  if (typeof text !== 'string') return fail('The file could not be read as text.', 'unreadable');
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_IMPORT_BYTES) {
    const mb = (bytes / 1024 / 1024).toFixed(1);
    const limit = String(MAX_IMPORT_BYTES / 1024 / 1024);
    return fail(`The file is too large (${mb} MB); the limit is ${limit} MB.`, 'too-large', mb, limit);
  }
  if (!text.trim()) return fail('The file is empty.', 'empty');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail(`The file is not valid JSON (it may be truncated): ${detail}.`, 'not-json', detail);
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) {
    return fail('The file does not hold a Not Dead Yet export: expected a JSON object.', 'not-object');
  }
  const file = json as Record<string, unknown>;
  if (file.format !== EXPORT_FORMAT) {
    return fail(
      `The file is not a Not Dead Yet export: its "format" is not "${EXPORT_FORMAT}".`,
      'wrong-format',
      EXPORT_FORMAT,
    );
  }
  if (file.version !== EXPORT_VERSION) {
    const found = 'version' in file ? `version ${JSON.stringify(file.version)}` : 'no version';
    return fail(
      `The file has ${found}; this version of Not Dead Yet reads version ${EXPORT_VERSION} only.`,
      'wrong-version',
      JSON.stringify(file.version ?? null),
      String(EXPORT_VERSION),
    );
  }
  const result = v.safeParse(ExportFileSchema, json);
  if (!result.success) {
    const [first] = result.issues;
    const more = result.issues.length - 1;
    const where = pathOf(first);
    return fail(
      `The file has invalid data${where ? ` at ${where}` : ''}: ${first.message}` +
        (more ? ` (and ${more} more problem${more > 1 ? 's' : ''}).` : '.'),
      'invalid-data',
      where || '—',
      first.message,
      String(more),
    );
  }
  return { ok: true, data: { sightings: result.output.sightings, dismissed: result.output.dismissed } };
}
