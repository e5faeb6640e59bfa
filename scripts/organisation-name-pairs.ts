import type { EvalPair } from './build-name-pairs.js';

/**
 * Organisations the press names in other words: a ministry by its field in English or by its Russian
 * name ("Interior Ministry" / "Ministry of Internal Affairs"), the prosecutor's office in either word
 * order, a court by its level (oblast / regional, raion / district), a country as a name, an adjective or a
 * possessive, US / UN / EU for their long forms, an acronym with a country. The different pairs are what
 * such rules must not merge: two ministries of one country, one ministry of two countries, an embassy
 * and the embassy the other way round, bodies whose names differ by one word (the Council of Europe, the
 * European Council). Names are public bodies of Kazakhstan, its neighbours and the international bodies
 * that report on them, as their own sites and the English-language press name them.
 */
type Org = { type: 'ORGANISATION'; name: string; kind: string; aliases: string[] };
const org = (name: string, kind: string, aliases: string[] = []): Org => ({ type: 'ORGANISATION', name, kind, aliases });
const gov = (name: string, aliases: string[] = []) => org(name, 'GOVERNMENT_BODY', aliases);
const court = (name: string) => org(name, 'COURT');
const party = (name: string) => org(name, 'PARTY');
const igo = (name: string) => org(name, 'INTERGOVERNMENTAL');

const SOURCE = "one body named in other words by different outlets and by its own site (RFE/RL, Reuters, Kazinform, the body's site)";
const SAME = 'organisation named in other words (synonyms, word order, country, US/UN/EU)';
const DIFFERENT = 'different organisations named alike (another field, country or level)';
const THIN = 'organisation named with and without its country';

const sameOrgs: Array<[Org, Org]> = [
  [gov('Interior Ministry of Kazakhstan'), gov('Ministry of Internal Affairs of Kazakhstan')],
  [gov("Kazakhstan's Interior Ministry"), gov('Ministry of Internal Affairs of the Republic of Kazakhstan')],
  [gov('Russian Interior Ministry'), gov('Ministry of Internal Affairs of the Russian Federation')],
  [gov('Ministry of the Interior'), gov('Interior Ministry')],
  [gov('Ministry of Foreign Affairs of Kazakhstan'), gov('Kazakh Foreign Ministry')],
  [gov('Foreign Ministry of Uzbekistan'), gov('Uzbek Ministry of Foreign Affairs')],
  [gov('Ministry of Justice of Kazakhstan'), gov("Kazakhstan's Justice Ministry")],
  [gov('Ministry of Defence of Ukraine'), gov('Ukrainian Defense Ministry')],
  [gov('Ministry of Emergency Situations of Kazakhstan'), gov('Kazakh Emergencies Ministry')],
  [gov("Prosecutor General's Office of Kazakhstan"), gov("General Prosecutor's Office of Kazakhstan")],
  [gov("Kyrgyz Prosecutor General's Office"), gov('Office of the Prosecutor General of Kyrgyzstan')],
  [gov("Russia's General Prosecutor's Office"), gov("Prosecutor General's Office of the Russian Federation")],
  [gov('National Security Committee of Kazakhstan'), gov("Kazakhstan's Committee for National Security")],
  [gov('State Security Committee of Belarus'), gov('Belarusian Committee for State Security')],
  [gov('Presidential Administration of Kazakhstan'), gov('Administration of the President of Kazakhstan')],
  [gov('Almaty militia department'), gov('Almaty police department')],
  [gov('US State Department'), gov('United States Department of State')],
  [gov('US Embassy in Kazakhstan'), gov('Embassy of the United States in Kazakhstan')],
  [gov('Kazakh Central Election Commission'), gov('Central Election Commission of Kazakhstan')],
  [gov('Kazakh CEC'), gov('Central Election Commission of the Republic of Kazakhstan')],
  [
    gov('Interior Ministry of Kazakhstan'),
    gov('Ministry of Internal Affairs of the Republic of Kazakhstan', ['Interior Ministry of Kazakhstan']),
  ],
  [igo('UN Human Rights Committee'), igo('United Nations Human Rights Committee')],
  [igo('UN Human Rights Council'), igo('Human Rights Council of the United Nations')],
  [igo('EU Delegation to Kazakhstan'), igo('Delegation of the European Union to Kazakhstan')],
  [court('Supreme Court of Kazakhstan'), court("Kazakhstan's Supreme Court")],
  [court('Almaty Regional Court'), court('Almaty Oblast Court')],
  [court('Court of Appeal of Almaty'), court('Almaty Appeals Court')],
  [court('Medeu District Court'), court('Medeu Raion Court')],
  [court('Zhambyl Regional Court'), court('Court of Zhambyl Oblast')],
  [court('Constitutional Court of Russia'), court('Russian Constitutional Court')],
  [party('Communist Party of Kazakhstan'), party('Kazakhstan Communist Party')],
  [party('Social Democratic Party of Kazakhstan'), party('Kazakh Social Democratic Party')],
];

const differentOrgs: Array<[Org, Org]> = [
  [gov('Interior Ministry of Kazakhstan'), gov('Ministry of Justice of Kazakhstan')],
  [gov('Interior Ministry of Kazakhstan'), gov('Ministry of Internal Affairs of Kyrgyzstan')],
  [gov('Russian Interior Ministry'), gov('Kazakh Interior Ministry')],
  [gov('Ministry of Foreign Affairs of Kazakhstan'), gov('Ministry of Foreign Affairs of Uzbekistan')],
  [gov('Foreign Ministry of Russia'), gov('Interior Ministry of Russia')],
  [gov('Ministry of Internal Affairs of Kazakhstan', ['Interior Ministry']), gov('Interior Ministry', ['Russian Interior Ministry'])],
  [gov('Department of Internal Affairs of Almaty'), gov('Ministry of Internal Affairs of Kazakhstan')],
  [gov("Prosecutor General's Office of Kazakhstan"), gov("Prosecutor General's Office of Kyrgyzstan")],
  [gov("Prosecutor General's Office of Kazakhstan"), gov("Almaty Prosecutor's Office")],
  [gov('US Embassy in Kazakhstan'), gov('Kazakh Embassy in the United States')],
  [gov('National Security Committee of Kazakhstan'), gov('State Security Committee of Belarus')],
  [court('Supreme Court of Kyrgyzstan'), court('Kazakh Supreme Court')],
  [court('Almaty Regional Court'), court('Almaty City Court')],
  [court('Medeu District Court'), court('Bostandyk District Court')],
  [court('Constitutional Court of Russia'), court('Russian Supreme Court')],
  [igo('Council of Europe'), igo('European Council')],
  [igo('UN Human Rights Council'), igo('UN Human Rights Committee')],
  [igo('EU Delegation to Kazakhstan'), igo('EU Delegation to Kyrgyzstan')],
  [party('Communist Party of Kazakhstan'), party('Communist Party of Russia')],
  [party('Party of Communists of Kyrgyzstan'), party('Communist Party of Kyrgyzstan')],
];

// the bare name may be any country's: an editor's look, not a merge
const thinOrgs: Array<[Org, Org]> = [
  [court('Supreme Court'), court('Supreme Court of Kazakhstan')],
  [gov('Interior Ministry'), gov('Ministry of Internal Affairs of Kazakhstan')],
  [gov("General Prosecutor's Office"), gov("Prosecutor General's Office of Kyrgyzstan")],
];

export function organisationPairs(): EvalPair[] {
  return [
    ...sameOrgs.map(([a, b]) => ({ a, b, same: true, source: SOURCE, class: SAME })),
    ...differentOrgs.map(([a, b]) => ({ a, b, same: false, source: SOURCE, class: DIFFERENT })),
    ...thinOrgs.map(([a, b]) => ({ a, b, same: true, propose: true, source: SOURCE, class: THIN })),
  ];
}
