import { describe, expect, it } from 'vitest';
import type { OrganisationKind } from '../../src/domain/entity.js';
import { compareNamed } from '../../src/resolution/compare-names.js';
import { matchKeysOf, queryKeysOf } from '../../src/resolution/match-keys.js';
import { organisationForm, organisationKeys } from '../../src/resolution/organisation-names.js';

const org = (name: string, kind: OrganisationKind | null = 'GOVERNMENT_BODY', aliases: string[] = []) => ({
  type: 'ORGANISATION' as const,
  name,
  aliases,
  kind,
});
/** The decision both ways round: resolution must not depend on which came first. */
const decide = (a: ReturnType<typeof org>, b: ReturnType<typeof org>) => {
  const [one, other] = [compareNamed(a, b).decision, compareNamed(b, a).decision];
  expect(one).toBe(other);
  return one;
};

describe('organisation names in other words', () => {
  it('reads a name as its countries and its other words through the table, in any order', () => {
    expect(organisationForm('Ministry of Internal Affairs of the Republic of Kazakhstan', 'GOVERNMENT_BODY')).toMatchObject({
      countries: ['kazakhstan'],
      core: ['interior', 'ministry'],
    });
    expect(organisationForm("Kazakhstan's Interior Ministry", 'GOVERNMENT_BODY').core).toEqual(['interior', 'ministry']);
    expect(organisationForm('US State Department').countries).toEqual(['united_states']);
    // "us" written in lower case is a word, not the United States
    expect(organisationForm('Friends of us').countries).toEqual([]);
  });

  it('merges a ministry named by its field and by its Russian name, in any word order and country form', () => {
    expect(decide(org('Interior Ministry of Kazakhstan'), org('Ministry of Internal Affairs of Kazakhstan'))).toBe('merge');
    expect(decide(org("Kazakhstan's Interior Ministry"), org('Interior Ministry of the Republic of Kazakhstan'))).toBe('merge');
    expect(decide(org('Kazakh Foreign Ministry'), org('Ministry of Foreign Affairs of Kazakhstan'))).toBe('merge');
    expect(decide(org('Ministry of the Interior'), org('Interior Ministry'))).toBe('merge');
  });

  it("merges the prosecutor's office, courts and parties named in another order or by their level's other word", () => {
    expect(decide(org("Prosecutor General's Office"), org("General Prosecutor's Office"))).toBe('merge');
    expect(decide(org('Office of the Prosecutor General of Kyrgyzstan'), org("Kyrgyz Prosecutor General's Office"))).toBe('merge');
    expect(decide(org('Almaty Regional Court', 'COURT'), org('Almaty Oblast Court', 'COURT'))).toBe('merge');
    expect(decide(org('Court of Appeal of Almaty', 'COURT'), org('Almaty Appeals Court', 'COURT'))).toBe('merge');
    expect(decide(org('Communist Party of Kazakhstan', 'PARTY'), org('Kazakhstan Communist Party', 'PARTY'))).toBe('merge');
  });

  it('reads US, UN and EU as their long forms, and an acronym beside a country', () => {
    expect(decide(org('US State Department'), org('United States Department of State'))).toBe('merge');
    expect(
      decide(org('UN Human Rights Council', 'INTERGOVERNMENTAL'), org('Human Rights Council of the United Nations', 'INTERGOVERNMENTAL')),
    ).toBe('merge');
    expect(
      decide(
        org('EU Delegation to Kazakhstan', 'INTERGOVERNMENTAL'),
        org('Delegation of the European Union to Kazakhstan', 'INTERGOVERNMENTAL'),
      ),
    ).toBe('merge');
    expect(decide(org('Kazakh CEC'), org('Central Election Commission of the Republic of Kazakhstan'))).toBe('merge');
  });

  it('merges an organisation named exactly as a stored alias, of the same kind and country', () => {
    const stored = org('Ministry of Internal Affairs of the Republic of Kazakhstan', 'GOVERNMENT_BODY', [
      'Interior Ministry of Kazakhstan',
    ]);
    expect(decide(org('Interior Ministry of Kazakhstan'), stored)).toBe('merge');
    expect(decide(org('Interior Ministry', 'GOVERNMENT_BODY'), { ...stored, aliases: ['Interior Ministry'] })).toBe('merge');
  });
});

describe('organisations the table must keep apart', () => {
  it('keeps two ministries of one country apart', () => {
    expect(decide(org('Interior Ministry of Kazakhstan'), org('Ministry of Justice of Kazakhstan'))).toBe('none');
    expect(decide(org('Foreign Ministry of Russia'), org('Ministry of Internal Affairs of Russia'))).not.toBe('merge');
  });

  it('keeps one ministry of two countries apart, even when one is named as the other’s alias', () => {
    expect(decide(org('Interior Ministry of Kazakhstan'), org('Ministry of Internal Affairs of Kyrgyzstan'))).not.toBe('merge');
    expect(decide(org('Russian Interior Ministry'), org('Kazakh Interior Ministry'))).not.toBe('merge');
    const kazakh = org('Ministry of Internal Affairs of Kazakhstan', 'GOVERNMENT_BODY', ['Interior Ministry']);
    const russian = org('Interior Ministry', 'GOVERNMENT_BODY', ['Russian Interior Ministry']);
    expect(decide(kazakh, russian)).toBe('review');
  });

  it('keeps apart an embassy and the embassy the other way round, courts of other levels, and bodies a word apart', () => {
    expect(decide(org('US Embassy in Kazakhstan'), org('Kazakh Embassy in the United States'))).not.toBe('merge');
    expect(decide(org('Almaty Regional Court', 'COURT'), org('Almaty City Court', 'COURT'))).not.toBe('merge');
    expect(decide(org('Council of Europe', 'INTERGOVERNMENTAL'), org('European Council', 'INTERGOVERNMENTAL'))).not.toBe('merge');
    expect(decide(org('Party of Communists of Kyrgyzstan', 'PARTY'), org('Communist Party of Kyrgyzstan', 'PARTY'))).not.toBe('merge');
    expect(decide(org('Department of Internal Affairs of Almaty'), org('Ministry of Internal Affairs of Kazakhstan'))).not.toBe('merge');
  });

  it('offers a bare name and the name with a country for review, never merges them', () => {
    expect(decide(org('Supreme Court', 'COURT'), org('Supreme Court of Kazakhstan', 'COURT'))).toBe('review');
    expect(decide(org('Interior Ministry'), org('Ministry of Internal Affairs of Kazakhstan'))).toBe('review');
  });

  it('offers the same words under two kinds for review', () => {
    expect(decide(org('Supreme Court of Kazakhstan', 'COURT'), org("Kazakhstan's Supreme Court", 'GOVERNMENT_BODY'))).toBe('review');
  });
});

describe('blocking keys of organisations in other words', () => {
  const share = (incoming: string, stored: string) => {
    const keys = new Set(matchKeysOf({ name: stored, aliases: [] }).filter((k) => k.startsWith('o_')));
    return queryKeysOf(incoming).some((k) => keys.has(k));
  };

  it('give a synonym, a reordering, a country form and an acronym beside a country one key', () => {
    expect(share('Interior Ministry of Kazakhstan', 'Ministry of Internal Affairs of Kazakhstan')).toBe(true);
    expect(share("Prosecutor General's Office", "General Prosecutor's Office")).toBe(true);
    expect(share('US State Department', 'United States Department of State')).toBe(true);
    expect(share('Kazakh CEC', 'Central Election Commission of Kazakhstan')).toBe(true);
    // the bare name finds the one with a country, to be offered for review
    expect(share('Interior Ministry', 'Ministry of Internal Affairs of Kazakhstan')).toBe(true);
  });

  it("add none to people's names", () => {
    expect(organisationKeys('Sergei Duvanov')).toEqual([]);
    expect(organisationKeys('Yevgeny Aleksandrovich Zhovtis')).toEqual([]);
  });
});
