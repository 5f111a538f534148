// Where the real data lives: ../shared by default, NDY_SHARED_DIR to override.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SHARED_DIR = resolve(process.env.NDY_SHARED_DIR ?? '../shared');
export const PAGES_DIR = resolve(process.env.NDY_PAGES_DIR ?? join(SHARED_DIR, 'fixtures/pages'));

export function requireShared(path: string): string {
  if (!existsSync(path)) {
    throw new Error(`Real data not found at ${path}: set NDY_SHARED_DIR to the shared folder.`);
  }
  return path;
}
