// Reads ../shared/corpus/timeline-candidates.tsv: tab-separated, a header row,
// no quoting (headlines hold literal quotes). Each row keeps its line number.
import * as v from 'valibot';
import { DEATH_KINDS, LANGS } from '../../lib/detector/types.ts';
import { PRECISIONS } from '../../lib/tally/timeline-schema.ts';

const RowSchema = v.object({
  date: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)),
  precision: v.picklist(PRECISIONS),
  lang: v.picklist(LANGS),
  kind: v.picklist(DEATH_KINDS),
  subject: v.string(),
  canonical: v.pipe(v.string(), v.minLength(1)),
  argument: v.string(),
  headline: v.pipe(v.string(), v.minLength(1)),
  source: v.pipe(v.string(), v.minLength(1)),
  date_source: v.pipe(v.string(), v.minLength(1)),
});

export interface CandidateRow extends Omit<v.InferOutput<typeof RowSchema>, 'date_source'> {
  dateSource: string;
  /** 1-based line in the file (the header is line 1). */
  line: number;
}

export function readCandidates(text: string): CandidateRow[] {
  const [header = '', ...lines] = text.replace(/\r/g, '').split('\n');
  const columns = header.split('\t');
  return lines.flatMap((line, i) => {
    if (!line.trim()) return [];
    const cells = line.split('\t');
    const row = v.parse(RowSchema, Object.fromEntries(columns.map((c, j) => [c, cells[j] ?? ''])));
    const { date_source, ...rest } = row;
    return [{ ...rest, dateSource: date_source, line: i + 2 }];
  });
}
