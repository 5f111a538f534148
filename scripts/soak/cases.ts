// The soak's cases, in the order the table lists them. Each drives its pages
// the same way with and without the extension (for the cost columns); with it,
// it also checks what the extension did.
import type { SoakCase } from './case-kit.ts';
import { bodySwaps, stopAndRestart, storageWall, vandal } from './fault-cases.ts';
import { feedWhileBrowsing, heavy, rerender } from './heavy-cases.ts';
import {
  csvAndImports,
  floodCase,
  forgedProvenance,
  leak,
  spoofing,
  syntheticClicks,
} from './hostile-cases.ts';

export type { CaseOutcome } from './case-kit.ts';

export const CASES: SoakCase[] = [
  stopAndRestart,
  syntheticClicks,
  forgedProvenance,
  floodCase,
  storageWall,
  csvAndImports,
  spoofing,
  bodySwaps,
  vandal,
  heavy,
  rerender,
  feedWhileBrowsing,
  leak,
];
