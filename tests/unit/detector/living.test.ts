// A person's or an animal's death is never a claim, however it is worded, and the model
// is never asked about it. Made-up headlines, one per way the checks recognise the living.
import { describe, expect, it } from 'vitest';
import { detect, findCandidate } from '@/lib/detector';

const living: [string, string][] = [
  ['a person noun WordNet knows (not in the word lists)', 'Beloved astrophysicist dies after long illness'],
  ['an animal noun WordNet knows', 'Three dolphins found dead on beach'],
  ['an indefinite title-case role', 'Death of a Master Locksmith'],
  ['a role before a name', 'Popular Welsh singer Gwenllian Morgan dies in hospital'],
  ['a demonym heading its noun group', 'Heat wave is killing Texans'],
  ['a demonym followed by a participle', 'Officials say Canadian held abroad is dead'],
  ['a participle clause after the person', 'Storm kills retired geologist visiting Iceland'],
  ['the noun group opening the clause', '12 of 40 Sheep in the Experiment Reportedly Died'],
  ['a noun group cut at a relative clause', 'Gunman who attacked a shopping centre is dead, police say'],
  ['a person dying in the same clause', 'Un jeune cycliste meurt après une chute dans le col'],
  ['a French subject after its verb', 'Voici comment ont été enterrés les anciens présidents'],
  ['a French role before a name', "Deux ans après la mort de la petite Léonie, l'enquête continue"],
  ['he or she', 'Veteran broadcaster: he dies at home'],
  ['a group of people', 'Ohio family dies in house fire'],
  ['an animal kill', 'Mass bird kill in the bay puzzles scientists'],
  ["someone's life", 'Letters from the end of a short life'],
  ['« il meurt »', 'Jura : à 9 ans, il meurt noyé dans un étang'],
  ['a death in a subordinate clause', 'Shop recalls $900 scooter after boy dies'],
  ['a farewell at a funeral', "Royal funeral 'a last chance for the nation to say goodbye'"],
  ['an apposition naming an animal', 'Zorblat, le chien renifleur de la gendarmerie, est mort'],
  ['an apposition naming a person', 'Quux Dalrymple, the folk singer, dies'],
  ['a contracted personal pronoun', "Rangers to hikers: 'Turn back while you're still alive'"],
];

describe('deaths of people and animals', () => {
  it.each(living)('%s: %s → none', (_why, headline) => {
    expect(detect(headline).kind).toBe('none');
  });
  it.each(living)('%s: %s → no candidate for the model', (_why, headline) => {
    expect(findCandidate(headline).candidate?.checked ?? false).toBe(false);
  });
});

describe('things named by words WordNet also gives people or animals', () => {
  it.each([
    ['a name, not a noun', 'Mastodon is dead', 'Mastodon'],
    ['a noun a thing qualifies', 'The MP3 player is dead', 'The MP3 player'],
    ['something owned', "Google has killed Discord's music bot", "Discord's music bot"],
    ['a type under "the"', 'Pop psychology has killed the villain', 'the villain'],
    ['a person kills a thing', 'How a Doctor Killed the Fax Machine', 'the Fax Machine'],
  ])('%s: %s', (_why, headline, subject) => {
    const d = detect(headline);
    expect(d.kind).toBe('claim');
    expect(d.subject).toBe(subject);
  });
});
