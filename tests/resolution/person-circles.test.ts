import { describe, expect, it } from 'vitest';
import { evaluate, evaluateByClass, loadNamePairs } from '../../scripts/evaluate-resolution.js';
import { compareNamed } from '../../src/resolution/compare-names.js';
import { personVariant, variantWord } from '../../src/resolution/name-variants.js';
import { NO_CIRCLE, needsCircle, weighCircle, type Circle } from '../../src/resolution/person-circles.js';

const person = (name: string) => ({ type: 'PERSON' as const, name, aliases: [] as string[] });
const duvanov = { id: 'person:sergei-duvanov', name: 'Sergei Duvanov', type: 'PERSON' as const };
const respublika = { id: 'organisation:respublika', name: 'Respublika', type: 'ORGANISATION' as const };
const almaty = { id: 'place:almaty', name: 'Almaty', type: 'PLACE' as const };
const circle = (roles: [string[], string[]], shared: Circle['shared'], sameDocument = false): Circle => ({ roles, shared, sameDocument });
const judge = (a: string, b: string, c: Circle = NO_CIRCLE) => weighCircle(person(a), person(b), compareNamed(person(a), person(b)), c);

describe('romanisation variants no table explains', () => {
  it('finds one vowel, a y beside a vowel, or s / z apart inside a word', () => {
    expect(variantWord('zhakupov', 'zhakipov')).toBe(true);
    expect(variantWord('bolat', 'bulat')).toBe(true);
    expect(variantWord('zhanat', 'zhanyat')).toBe(true);
    expect(variantWord('bauyrzhan', 'baurzhan')).toBe(true);
    expect(variantWord('kuzembayev', 'kusembayev')).toBe(true);
  });

  it('is not an ending, a first vowel, a short word, a listed pair of names, or two steps', () => {
    expect(variantWord('maria', 'mario')).toBe(false); // a gender ending
    expect(variantWord('zhakupov', 'zhakupova')).toBe(false);
    expect(variantWord('aleksandr', 'aleksandra')).toBe(false);
    expect(variantWord('anna', 'inna')).toBe(false);
    expect(variantWord('dina', 'dana')).toBe(false); // too short to tell
    expect(variantWord('marat', 'murat')).toBe(false); // two Kazakh names
    expect(variantWord('alina', 'alena')).toBe(false);
    expect(variantWord('aleksandr', 'aleksei')).toBe(false);
    expect(variantWord('masanov', 'mazanov')).toBe(true); // inside a word s / z is a spelling...
    expect(variantWord('zhakupov', 'zhakupov')).toBe(false); // ...and one spelling is no variant
  });

  it('says which word of two names differs, the rest agreeing in any romanisation and order', () => {
    expect(personVariant('Yerlan Zhakupov', 'Erlan Zhakipov')).toEqual({ part: 'surname', words: ['zhakupov', 'zhakipov'] });
    expect(personVariant('Bolat Atabayev', 'Bulat Atabaev')).toEqual({ part: 'given', words: ['bolat', 'bulat'] });
    expect(personVariant('Zhakupov Erlan', 'Erlan Zhakipov')?.words).toEqual(['zhakupov', 'zhakipov']);
    expect(personVariant('Bolat Atabayev', 'Bulat Atabiyev')).toBeNull(); // two words differ
    expect(personVariant('Aleksandr Ivanov', 'Aleksei Ivanov')).toBeNull();
  });
});

describe('weighing two people by their circles', () => {
  it('merges a variant when a role and a neighbour, or two neighbours, agree', () => {
    expect(judge('Erlan Zhakupov', 'Erlan Zhakipov', circle([['lawyer'], ['defence lawyer']], [duvanov])).decision).toBe('merge');
    expect(judge('Bolat Atabayev', 'Bulat Atabayev', circle([[], []], [duvanov, respublika])).decision).toBe('merge');
  });

  it('proposes a variant for review when the context is thin, a place only, or the roles disagree', () => {
    expect(judge('Erlan Zhakupov', 'Erlan Zhakipov')).toMatchObject({ decision: 'review' });
    expect(judge('Erlan Zhakupov', 'Erlan Zhakipov', circle([['lawyer'], ['lawyer']], [almaty])).decision).toBe('review');
    expect(judge('Erlan Zhakupov', 'Erlan Zhakipov', circle([[], []], [duvanov])).decision).toBe('review');
    const contradicted = judge('Erlan Zhakupov', 'Erlan Zhakipov', circle([['lawyer'], ['judge']], [duvanov, respublika]));
    expect(contradicted).toMatchObject({ decision: 'review', reason: expect.stringContaining('roles differ') });
  });

  it('does not merge a variant that its own document names beside the stored person', () => {
    expect(judge('Erlan Zhakupov', 'Erlan Zhakipov', circle([['lawyer'], ['lawyer']], [duvanov, respublika], true)).decision).toBe(
      'review',
    );
  });

  it('never merges different given names, and proposes them when they share a surname and a circle', () => {
    const strong = circle([['lawyer'], ['lawyer']], [duvanov, respublika]);
    for (const [a, b] of [
      ['Aleksandr Ivanov', 'Aleksei Ivanov'],
      ['Maria Pulman', 'Mario Pulman'],
      ['Marat Zhakupov', 'Murat Zhakupov'],
      ['Erlan Zhakupov', 'Nurlan Zhakupov'],
    ]) {
      expect(judge(a, b, strong).decision, `${a} / ${b}`).toBe('review');
      expect(judge(b, a, strong).decision, `${b} / ${a}`).toBe('review');
    }
    expect(judge('Aleksandr Ivanov', 'Aleksei Ivanov').decision).toBe('none');
    expect(judge('Aleksandr Ivanov', 'Aleksei Ivanov', circle([[], []], [almaty])).decision).toBe('none');
    // a journalist and a pensioner of one surname in one circle: two people, nothing to look at
    expect(judge('Aleksandr Zakharov', 'Yury Zakharov', circle([['journalist'], ['pensioner']], [duvanov])).decision).toBe('none');
  });

  it('leaves a merge by name, other types and unrelated names as they are', () => {
    expect(judge('Yerlan Zhakupov', 'Erlan Zhakupov').decision).toBe('merge');
    expect(judge('Erlan Zhakupov', 'Dariga Nazarbayeva', circle([[], []], [duvanov, respublika])).decision).toBe('none');
    expect(needsCircle(person('Erlan Zhakupov'), { type: 'ORGANISATION', name: 'Erlan Zhakipov', aliases: [] })).toBe(false);
    expect(needsCircle(person('Erlan Zhakupov'), person('Erlan Zhakipov'))).toBe(true);
    expect(needsCircle(person('Erlan Zhakupov'), person('Sergei Duvanov'))).toBe(false);
  });
});

describe('the labelled pairs in context (scripts/name-pairs-in-context.ts)', () => {
  const pairs = loadNamePairs();
  const rows = evaluateByClass(pairs.filter((p) => p.circle));

  it('holds variants with and without context, and distinct given names in one circle', () => {
    expect(rows.map((r) => r.name).sort()).toEqual([
      'different given names, shared circle',
      'given-name variant, context agrees',
      'given-name variant, thin context',
      'surname variant, context agrees',
      'surname variant, thin context',
    ]);
    expect(rows.every((r) => r.pairs >= 10)).toBe(true);
  });

  it('merges no two people wrongly, merges variants whose context agrees, and proposes every other pair', () => {
    expect(evaluate(pairs).wrongMerges.map((p) => `${p.a.name} | ${p.b.name}`)).toEqual([]);
    for (const r of rows) {
      expect(r.wrong, r.name).toBe(0);
      if (r.name.endsWith('context agrees')) expect(r.merged / r.same, r.name).toBeGreaterThanOrEqual(0.9);
      expect(r.proposed, r.name).toBe(r.toPropose);
    }
  });
});
