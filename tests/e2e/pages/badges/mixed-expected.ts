// What tests/e2e/pages/badges/mixed.html must show in every browser: headline id → data-not-dead-yet.
// Everything else on the page (literal deaths, titles of works, chrome, editors, code) gets no badge.
export const MIXED_CLAIMS: Readonly<Record<string, string>> = {
  seo: 'claim',
  email: 'question',
  cm: 'rebuttal',
  'cm-fr': 'claim',
  'card-title': 'claim',
  'row-title': 'claim',
  rip: 'claim',
  dated: 'claim',
};
