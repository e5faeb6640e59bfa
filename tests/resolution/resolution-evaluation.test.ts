import { describe, expect, it } from 'vitest';
import { evaluate, loadNamePairs } from '../../scripts/evaluate-resolution.js';
import { compareNamed } from '../../src/resolution/compare-names.js';

const pairs = loadNamePairs();

describe('merge decisions on the labelled name pairs (tests/fixtures/name-pairs.json)', () => {
  it('is a set of several hundred pairs of both labels, each with its source', () => {
    expect(pairs.filter((p) => p.same).length).toBeGreaterThan(300);
    expect(pairs.filter((p) => !p.same).length).toBeGreaterThan(250);
    expect(pairs.every((p) => p.source.length > 10)).toBe(true);
  });

  it('merges no pair labelled different, and at least 90% of the pairs labelled same', () => {
    const result = evaluate(pairs);
    console.log(
      `name pairs: precision ${result.precision.toFixed(3)}, recall ${result.recall.toFixed(3)} (${result.truePositives} merged, ${result.falsePositives} wrong, ${result.falseNegatives} missed)`,
    );
    expect(result.wrongMerges.map((p) => `${p.a.name} | ${p.b.name}`)).toEqual([]);
    expect(result.precision).toBe(1);
    expect(result.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('would notice a wrong merge: a pair of different people labelled the same is counted as missed, not hidden', () => {
    const mislabelled = [
      {
        a: { type: 'PERSON', name: 'Nursultan Nazarbayev', aliases: [] },
        b: { type: 'PERSON', name: 'Dariga Nazarbayeva', aliases: [] },
        same: true,
        source: 'test',
      },
    ];
    expect(evaluate(mislabelled).recall).toBe(0);
    const wrong = [{ ...mislabelled[0], b: { type: 'PERSON', name: 'Nursultan Nazarbaev', aliases: [] }, same: false }];
    expect(evaluate(wrong).falsePositives).toBe(1);
  });
});

describe('review items among people', () => {
  it('does not offer two people who share only a given name', () => {
    const person = (name: string) => ({ type: 'PERSON' as const, name, aliases: [] });
    expect(compareNamed(person('Konstantin Kekogetov'), person('Konstantin Goketov')).decision).toBe('none');
    expect(compareNamed(person('Yevgeny Zhovtis'), person('Yevgeny Zhovtiss')).decision).not.toBe('none');
  });

  it('does not offer relatives who share only a bare surname alias', () => {
    const dariga = { type: 'PERSON' as const, name: 'Dariga Nazarbayeva', aliases: ['Nazarbayeva'] };
    const aliya = { type: 'PERSON' as const, name: 'Aliya Nazarbayeva', aliases: ['Nazarbayeva'] };
    expect(compareNamed(aliya, dariga).decision).toBe('none');
    // but a misspelt given name is worth a look
    expect(compareNamed({ ...aliya, name: 'Darigo Nazarbayeva' }, dariga).decision).toBe('review');
  });
});

describe('review items among organisations', () => {
  const outlet = (name: string) => ({ type: 'ORGANISATION' as const, name, aliases: [], kind: 'MEDIA_OUTLET' as const });

  it('tells two organisations apart by the words they do not share', () => {
    // "Radio" says what they are, not which: the rest differs in three letters of six
    expect(compareNamed(outlet('Radio Zesiab'), outlet('Radio Zesuek')).decision).toBe('none');
    const ngo = (name: string) => ({ type: 'ORGANISATION' as const, name, aliases: [], kind: 'NGO' as const });
    expect(compareNamed(ngo('Pavlodar Bureau for Human Rights'), ngo('Karaganda Bureau for Human Rights')).decision).toBe('none');
    expect(compareNamed(ngo('Pavlodar Bureau for Human Rights'), ngo('Pavladar Bureau for Human Rights')).decision).not.toBe('none');
  });

  it('still offers a name one letter off, and names whose generic words differ, for review', () => {
    expect(compareNamed(outlet('Radio Azattyq'), outlet('Radio Azattyk')).decision).not.toBe('none');
    expect(compareNamed(outlet('Tengri News'), outlet('Tengrinews')).decision).toBe('review');
  });
});
