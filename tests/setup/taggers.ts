// Node-side tests call the synchronous detect(): both NLP taggers are loaded
// before any test runs (the extension's worker loads them on demand instead).
import { loadTaggers } from '../../lib/detector/taggers.ts';
import { LANGS } from '../../lib/detector/types.ts';

await loadTaggers(LANGS);
