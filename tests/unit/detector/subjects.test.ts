// Subject boundaries: a date after the subject is not part of it (made-up headlines).
import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detector';

describe('subjects stop at a trailing date', () => {
  it.each([
    ['La fin du fax en 2030', 'fax'],
    ['Microsoft fermera Foo Messenger le 15 mars prochain', 'Foo Messenger'],
  ])('%s → %s', (headline, subject) => {
    expect(detect(headline).subject).toBe(subject);
  });
});

describe('subjects around the verb', () => {
  it.each([
    // an apposition renames the subject: the subject is the name before it
    ['Zorpify, the troubled fintech startup, is shutting down', 'Zorpify'],
    ["Blorbnet, Ruritania's first online bank, shuts down", 'Blorbnet'],
    // a complex preposition opens no object ("due to", "because of")
    ['Zorpify shuts down due to funding woes', 'Zorpify'],
    // a possessive in the object stands for the agent
    ['Zorpcorp kills its free tier', 'Zorpcorp free tier'],
    ['Blorbnet is shutting down their forums', 'Blorbnet forums'],
    // a bare gerund with an object: the object is what ends, the name before it the agent
    ['Zorpcorp deprecating the Blorb API', 'the Blorb API'],
    ['Zorpcorp shutting down Blorbnet forums', 'Blorbnet forums'],
    // a lone adverb or adjective after the verb is no object
    ['Zorp network shutting down soon', 'Zorp network'],
    // a dash between spaces ends a clause
    ['Zorp weekly -- Blorbnet is dead', 'Blorbnet'],
    ['Zorp weekly — Blorbnet is dead', 'Blorbnet'],
    // a contracted pronoun is the agent, what follows the verb is what ends
    ["We're shutting down the Zorp forums", 'the Zorp forums'],
  ])('%s → %s', (headline, subject) => {
    expect(detect(headline).subject).toBe(subject);
  });
});
