// Bump whenever a change to the rules, word lists, NLP checks or model may change a
// verdict: verdicts cached under another version are thrown away
// (entrypoints/background/verdicts.ts).
export const DETECTOR_VERSION = 5;
