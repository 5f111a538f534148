// Ends that are no deaths: a pause, an alert lifted, a bachelor party, a place or a time, the sun
// setting, a copy (made-up headlines).
import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detector';

describe('pauses and events', () => {
  it.each([
    ['a temporary shut-down', 'Storm temporarily shuts down the ferry terminal'],
    ['a shut-down for maintenance', 'Power plant shut down for maintenance after leak'],
    ['an alert lifted', "Inondations : fin de l'alerte rouge dans le Gard"],
    ['a search ended', "Disparition : fin des fouilles dans l'étang"],
    ['a bachelor party', 'Un enterrement de vie de garçon tourne mal à Lyon'],
    ['a place at the end of something', 'What is the spring at the end of a ballpoint pen for?'],
    ['a time by the end of something', 'Acme to cut 500 jobs by the end of fiscal 2031'],
    ['the sun setting', 'Stunning red sunset lights up the bay'],
    ['riding into the sunset', 'The old crew, riding into the sunset, looks back'],
    ['a copy', 'Shoppers warned about cheap charger rip-offs'],
  ])('%s: %s → none', (_why, headline) => {
    expect(detect(headline).kind).toBe('none');
  });
  it.each([
    ['a shut-down for good', 'The ferry app shuts down for good', 'claim'],
    ['a product end of life in French', 'Windows 7 : la fin de vie de Windows 7 approche', 'claim'],
  ])('%s: %s → %s', (_why, headline, kind) => {
    expect(detect(headline).kind).toBe(kind);
  });
});
