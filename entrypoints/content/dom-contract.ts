// What the extension leaves in a page's DOM, and what tests, the popup's
// reveal and other parts rely on: one badge host element per badged headline,
// and the headline marked with its kind.

/** The tag of a badge's host element (its shadow root holds the badge). */
export const BADGE_TAG = 'ndy-badge';
/** Set on a badged headline element: "claim", "question" or "rebuttal". */
export const KIND_ATTRIBUTE = 'data-not-dead-yet';
/** Marks a badge host that is a plain span (the page defined an element with the badge's tag). */
export const BADGE_ATTRIBUTE = 'data-ndy-badge';

export function isBadgeHost(node: Node): boolean {
  return node instanceof Element && (node.localName === BADGE_TAG || node.hasAttribute(BADGE_ATTRIBUTE));
}
