// A Vite plugin for the extension's pages: each page's HTML preloads the chunks
// its code imports later (`import()`, in the page's chunk or one it imports), so
// the browser fetches and compiles them with the page's own script instead of
// only once that script has run. The popup imports the shipped timeline (180 KB)
// that way while it reads storage: fetched on demand, it arrived ~45 ms after
// the popup's script ran (a trace in Chromium), later than the storage reads.
import type { Plugin, Rollup } from 'vite';

/** The chunks `entry` and everything it imports statically import dynamically. */
function lateImports(entry: Rollup.OutputChunk, bundle: Rollup.OutputBundle): string[] {
  const seen = new Set<string>();
  const late = new Set<string>();
  const visit = (chunk: Rollup.OutputChunk) => {
    if (seen.has(chunk.fileName)) return;
    seen.add(chunk.fileName);
    for (const file of chunk.dynamicImports) late.add(file);
    for (const file of chunk.imports) {
      const next = bundle[file];
      if (next?.type === 'chunk') visit(next);
    }
  };
  visit(entry);
  return [...late].filter((file) => !seen.has(file));
}

export function preloadDynamicImports(): Plugin {
  let base = '/';
  return {
    name: 'ndy:preload-dynamic-imports',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { chunk, bundle }) {
        if (!chunk || !bundle) return [];
        return lateImports(chunk, bundle)
          .map((file) => `${base}${file}`)
          .filter((href) => !html.includes(`href="${href}"`))
          .map((href) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}
