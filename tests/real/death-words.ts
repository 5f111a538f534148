// Reads ../shared/fixtures/pages/death-words.txt: one row per headline or link
// text that matches a death word, classed by hand.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGES_DIR, requireShared } from './shared.ts';

export type DeathWordClass = 'figurative' | 'literal' | 'other';

export interface DeathWordRow {
  page: string;
  text: string;
  /** "[h1-h4; dead]" or "[a; dead]". */
  where: string;
  cls: DeathWordClass;
}

export function readDeathWords(): DeathWordRow[] {
  const file = requireShared(join(PAGES_DIR, 'death-words.txt'));
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [page = '', text = '', where = '', cls = ''] = line.split('\t');
      if (cls !== 'figurative' && cls !== 'literal' && cls !== 'other') {
        throw new Error(`death-words.txt: bad class in line: ${line}`);
      }
      return { page, text, where, cls };
    });
}
