// A rejected import's problem in the UI's language (the background also gives
// an English sentence, kept for logs and tests).
import { type MessageKey, t } from '@/lib/i18n';
import type { ImportProblem, ImportProblemCode } from '@/lib/tally/import';

const KEYS: Record<ImportProblemCode, MessageKey> = {
  unreadable: 'import_problem_unreadable',
  'too-large': 'import_problem_too_large',
  empty: 'import_problem_empty',
  'not-json': 'import_problem_not_json',
  'not-object': 'import_problem_not_object',
  'wrong-format': 'import_problem_wrong_format',
  'wrong-version': 'import_problem_wrong_version',
  'invalid-data': 'import_problem_invalid_data',
  'not-stored': 'import_problem_not_stored',
};

export function importProblemText(problem: ImportProblem): string {
  return t(KEYS[problem.code], problem.args);
}
