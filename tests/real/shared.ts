// Where the real data lives: ../shared by default, NDY_SHARED_DIR to override.

import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';

export const SHARED_DIR = resolve(process.env.NDY_SHARED_DIR ?? '../shared');
export const PAGES_DIR = resolve(process.env.NDY_PAGES_DIR ?? join(SHARED_DIR, 'fixtures/pages'));

export function requireShared(path: string): string {
  if (!existsSync(path)) {
    throw new Error(`Real data not found at ${path}: set NDY_SHARED_DIR to the shared folder.`);
  }
  return path;
}

/** A happy-dom window that parses a saved page without running or fetching anything it names. */
export function inertWindow(): Window {
  return new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
}
