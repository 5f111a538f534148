// The shipped timeline's index (format: timeline-index-format.ts), a chunk of
// its own: the background reads every row, the popup only its ranked subjects
// and the rows of the one in focus.
import indexFile from './timeline-index.json' with { type: 'json' };
import { readIndex } from './timeline-index-format.ts';

// The file holds the index as one string of text (see the format): bundled as
// a string literal and split here, it loads several times faster than the same
// data as object literals.
export const SHIPPED_INDEX = readIndex(indexFile);
