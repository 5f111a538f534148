// Names an argument: the detector's `agent` ("How AI", "l'IA") or a reason
// written by hand ("coronavirus") → an id of the vocabulary, or null.
import { ARGUMENTS, type ArgumentEntry } from './vocabulary.ts';

/** Lower case, no accents, apostrophes and punctuation as spaces. */
export function foldArgument(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+#]+/gu, ' ')
    .trim();
}

let index: { alias: string; id: string }[] | null = null;

/** Aliases longest first, so "chatgpt api" wins over a shorter alias inside it. */
function aliasIndex(): { alias: string; id: string }[] {
  index ??= ARGUMENTS.flatMap((a) =>
    a.aliases.map((alias) => ({ alias: foldArgument(alias), id: a.id })),
  ).sort((a, b) => b.alias.length - a.alias.length);
  return index;
}

/** The vocabulary id an agent or reason names, as whole words; null when none. */
export function argumentOf(text: string | null | undefined): string | null {
  if (!text) return null;
  const folded = ` ${foldArgument(text)} `;
  // Elided articles ("l'IA") fold to a lone letter: "l ia" still holds " ia ".
  return aliasIndex().find(({ alias }) => folded.includes(` ${alias} `))?.id ?? null;
}

export function argumentEntry(id: string): ArgumentEntry | undefined {
  return ARGUMENTS.find((a) => a.id === id);
}

/** What the UI calls an argument in `lang`; the id itself when unknown. */
export function argumentLabel(id: string, lang: 'en' | 'fr'): string {
  return argumentEntry(id)?.label[lang] ?? id;
}
