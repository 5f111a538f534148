// What the extension leaves in a page's DOM, and what tests, the popup's
// reveal and other parts rely on: one badge host element per badged headline,
// and the headline marked with its kind.

/** The tag of a badge's host element (its shadow root holds the badge). */
export const BADGE_TAG = 'ndy-badge';
/** Set on a badged headline element: "claim", "question" or "rebuttal". */
export const KIND_ATTRIBUTE = 'data-not-dead-yet';
