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

describe('what an English subject names', () => {
  it.each([
    // an active ending verb with an object: the object is what ends, not the company
    ['Zorpcorp has shut down zorplib', 'zorplib'],
    ['Zorpcorp plans to shut down Blorb Glasses Group', 'Blorb Glasses Group'],
    ['Flimco is slowly discontinuing more Blorb lenses', 'Blorb lenses'],
    // …unless the object is generic: then the company is what ends
    ['Zorpify shuts down operations', 'Zorpify'],
    // a passive or a bare participle takes no object; a bare "shut down" before an object is a past
    ['Blorbnet is shut down for good', 'Blorbnet'],
    ["Flimco shut down part of Zorp's API", "Zorp's API"],
    // an adverb is no object: the agent is what ends
    ['Zorpify Is Shutting Down Barely Six Months After Going Live', 'Zorpify'],
    // a dash ends the subject, spaced or not
    ['Flimco Just Killed the Zorpword—for Real This Time', 'the Zorpword'],
    // what followed the name is cut: a clause, a time
    ['Zorpcorp is shutting down Blorbnet 4 years after buying the company', 'Blorbnet'],
    ['Zorpcorp is shutting down Blorbnet and partnering with Flim', 'Blorbnet'],
    // an owner before a name goes, before a common noun it stays (it says which one)
    ["Zorpcorp's Blorb editor has been discontinued", 'Blorb editor'],
    ['Zorpcorp is shutting down its Blorb Cloud Service', 'Blorb Cloud Service'],
    ['Zorpcorp kills its last free tier', 'Zorpcorp free tier'],
    // a description before a name, a grade before a thing
    ['Illegal movie streaming service Zorp Time shuts down', 'Zorp Time'],
    ['Zorpcorp shutting down banking app Blorb', 'Blorb'],
    ['The slow death of the traditional zorp card', 'zorp card'],
    // a left-hand clause: what follows its verb is the subject
    ['Does Zorp make Blorb frameworks obsolete?', 'Blorb frameworks'],
    // a stop word inside a name does not cut it, a date after one does
    ['Is Zorp on Blorbs dying in 2020?', 'Zorp on Blorbs'],
    ['Flimco is killing off the external Zorp Like button', 'the external Zorp Like button'],
    ['Flimco is shutting down Zorp Maker on January 19', 'Zorp Maker'],
    // a quote opened and never closed is a quoted word the cut went into
    ['Why Zorp "Really" Died', 'Zorp'],
  ])('%s → %s', (headline, subject) => {
    expect(detect(headline).subject).toBe(subject);
  });

  it('keeps a name that is a dictionary noun with its owner', () => {
    expect(detect("Zorpman's Law is dead").subject).toBe("Zorpman's Law");
  });
});
