// The shipped timeline's index (format: timeline-index-format.ts), a chunk of
// its own: the background reads every row, the popup only its ranked subjects
// and the rows of the one in focus.
import indexFile from './timeline-index.json' with { type: 'json' };
import { readIndex } from './timeline-index-format.ts';

// The file holds the index as JSON text in one string (see the format): bundled
// as a string literal and parsed here, it loads faster than the same data as
// object literals or as plain text split line by line.
export const SHIPPED_INDEX = readIndex(indexFile);
