// Published dates from the DOM (no extension APIs: the content script calls these).
export { cardDate } from './card.ts';
export { sightingDate } from './choose.ts';
export { isIsoDate, isPlausible } from './iso.ts';
export { jsonLdDate, metaDate, pageDate, urlDate } from './page.ts';
export { parseDateText } from './parse.ts';
