// The page's script stays small: nothing in the content entrypoint's whole
// import graph loads the NLP (compromise, fr-compromise) or the detector's
// rules; the page only runs the prefilter and draws what the background sends.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** A module specifier resolved to a source file, or the package name for a dependency. */
function resolveSpec(spec: string, from: string): string {
  const base = spec.startsWith('@/')
    ? resolve(ROOT, spec.slice(2))
    : spec.startsWith('.')
      ? resolve(dirname(from), spec)
      : null;
  if (!base) return spec;
  const file = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find(
    (f) => existsSync(f) && !f.endsWith('/'),
  );
  if (!file || !/\.tsx?$/.test(file)) throw new Error(`cannot resolve ${spec} from ${from}`);
  return file;
}

/** Every module `file` loads at run time (type-only imports load nothing), itself included. */
function runtimeGraph(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  if (!file.startsWith('/')) return seen;
  const source = readFileSync(file, 'utf8');
  const specs = [
    ...source.matchAll(/^\s*(?:import|export)(?!\s+type\b)\b[^'"]*?['"]([^'"]+)['"]/gm),
    ...source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1] ?? '');
  for (const spec of specs) runtimeGraph(resolveSpec(spec, file), seen);
  return seen;
}

describe('the content script', () => {
  const graph = [...runtimeGraph(resolve(ROOT, 'entrypoints/content/index.ts'))];
  const local = graph.filter((m) => m.startsWith('/')).map((m) => m.slice(ROOT.length + 1));

  it('never loads compromise or fr-compromise, directly or indirectly', () => {
    expect(graph.filter((m) => /compromise/.test(m))).toEqual([]);
  });

  it('takes only the prefilter from the detector', () => {
    const detector = local.filter((m) => m.startsWith('lib/detector/'));
    expect(detector).toContain('lib/detector/prefilter.ts');
    expect(detector.filter((m) => /(?:engine|nlp|taggers|checks|index)\.ts$/.test(m))).toEqual([]);
    console.log(`content script graph: ${local.length} files; from the detector: ${detector.join(', ')}`);
  });

  it('sees a dynamic import as a load (the check itself can fail)', () => {
    const taggers = [...runtimeGraph(resolve(ROOT, 'lib/detector/taggers.ts'))];
    expect(taggers).toContain('compromise/two');
    expect(taggers).toContain('fr-compromise');
  });
});
