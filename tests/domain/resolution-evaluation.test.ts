import { describe, expect, it } from 'vitest';
import { evaluate, loadNamePairs } from '../../scripts/evaluate-resolution.js';
import { compareNamed } from '../../src/ingest/match-names.js';

const pairs = loadNamePairs();

describe('merge decisions on the labelled name pairs (tests/fixtures/name-pairs.json)', () => {
  it('is a set of several hundred pairs of both labels, each with its source', () => {
    expect(pairs.filter((p) => p.same).length).toBeGreaterThan(300);
    expect(pairs.filter((p) => !p.same).length).toBeGreaterThan(250);
    expect(pairs.every((p) => p.source.length > 10)).toBe(true);
  });

  it('merges no pair labelled different, and at least 90% of the pairs labelled same', () => {
    const result = evaluate(pairs);
    console.log(`name pairs: precision ${result.precision.toFixed(3)}, recall ${result.recall.toFixed(3)} (${result.truePositives} merged, ${result.falsePositives} wrong, ${result.falseNegatives} missed)`);
    expect(result.wrongMerges.map((p) => `${p.a.name} | ${p.b.name}`)).toEqual([]);
    expect(result.precision).toBe(1);
    expect(result.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('would notice a wrong merge: a pair of different people labelled the same is counted as missed, not hidden', () => {
    const mislabelled = [{ a: { type: 'PERSON', name: 'Nursultan Nazarbayev', aliases: [] }, b: { type: 'PERSON', name: 'Dariga Nazarbayeva', aliases: [] }, same: true, source: 'test' }];
    expect(evaluate(mislabelled).recall).toBe(0);
    const wrong = [{ ...mislabelled[0], b: { type: 'PERSON', name: 'Nursultan Nazarbaev', aliases: [] }, same: false }];
    expect(evaluate(wrong).falsePositives).toBe(1);
  });
});

describe('review items among people', () => {
  it('does not offer relatives who share only a bare surname alias', () => {
    const dariga = { type: 'PERSON' as const, name: 'Dariga Nazarbayeva', aliases: ['Nazarbayeva'] };
    const aliya = { type: 'PERSON' as const, name: 'Aliya Nazarbayeva', aliases: ['Nazarbayeva'] };
    expect(compareNamed(aliya, dariga).decision).toBe('none');
    // but a misspelt given name is worth a look
    expect(compareNamed({ ...aliya, name: 'Darigo Nazarbayeva' }, dariga).decision).toBe('review');
  });
});
