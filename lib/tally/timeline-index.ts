// The shipped timeline's index (format: timeline-index-format.ts), a chunk of
// its own: the background reads every row, the popup only its ranked subjects
// and the rows of the one in focus.

import indexFile from './timeline-index.json' with { type: 'json' };
import type { TimelineIndex } from './timeline-index-format.ts';

// The file holds the index as one JSON string: bundled as a string literal and
// parsed here, it loads several times faster than the same data as object literals.
// JSON.parse gives unknown structure; the file is the output of toIndex (tested).
export const SHIPPED_INDEX = JSON.parse(indexFile) as TimelineIndex;
