// Which arguments a subject's obituaries used, and in which years.
import type { Claim } from './types.ts';

export interface ArgumentUse {
  /** An id of lib/arguments. */
  id: string;
  /** The years it was used, oldest first, each once. */
  years: number[];
  /** How many obituaries used it. */
  count: number;
}

/** The arguments of one subject's claims and questions, most used first (ties: most recent). */
export function argumentsOf(claims: readonly Claim[], canonical: string): ArgumentUse[] {
  const byId = new Map<string, number[]>();
  for (const claim of claims) {
    if (claim.canonical !== canonical || claim.kind === 'rebuttal' || !claim.argument) continue;
    const years = byId.get(claim.argument) ?? [];
    years.push(Number(claim.date.slice(0, 4)));
    byId.set(claim.argument, years);
  }
  return [...byId]
    .map(([id, years]) => ({ id, count: years.length, years: [...new Set(years)].sort((a, b) => a - b) }))
    .sort(
      (a, b) =>
        b.count - a.count || (b.years.at(-1) ?? 0) - (a.years.at(-1) ?? 0) || a.id.localeCompare(b.id),
    );
}
