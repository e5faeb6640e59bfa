import type { EvalPair } from './build-name-pairs.js';

/**
 * Pairs that no romanisation system produces: spellings seen in English-language outlets, acronyms and
 * descriptive names of organisations, and namesakes. Each says where it comes from.
 */
const PRESS = 'spellings of one person used by different English-language outlets (BBC, Reuters, RFE/RL, IWPR, Guardian)';
const person = (name: string, aliases: string[] = []) => ({ type: 'PERSON' as const, name, aliases });
const org = (name: string, kind: string, aliases: string[] = []) => ({ type: 'ORGANISATION' as const, name, kind, aliases });

const pressPairs: Array<[string, string]> = [
  ['Yevgeny Zhovtis', 'Evgeniy Zhovtis'],
  ['Sergei Duvanov', 'Sergey Duvanov'],
  ['Nursultan Nazarbayev', 'Nursultan Nazarbaev'],
  ['Alexander Litvinenko', 'Aleksandr Litvinenko'],
  ['Mikhail Khodorkovsky', 'Mikhail Khodorkovskiy'],
  ['Yuri Luzhkov', 'Yury Luzhkov'],
  ['Dmitry Medvedev', 'Dmitriy Medvedev'],
  ['Alexei Navalny', 'Aleksei Navalnyy'],
  ['Alexey Navalny', 'Alexei Navalny'],
  ['Volodymyr Zelensky', 'Volodymyr Zelenskyy'],
  ['Yulia Tymoshenko', 'Yuliya Tymoshenko'],
  ['Viktor Yanukovych', 'Viktor Yanukovich'],
  ['Kassym-Jomart Tokayev', 'Kasym-Zhomart Tokaev'],
  ['Galymzhan Zhakiyanov', 'Galymzhan Zhakianov'],
  ['Mukhtar Ablyazov', 'Mukhtar Abliazov'],
  ['Anna Politkovskaya', 'Anna Politkovskaia'],
  ['Natalia Estemirova', 'Natalya Estemirova'],
  ['Mikhail Gorbachev', 'Mikhail Gorbachyov'],
  ['Boris Yeltsin', 'Boris Eltsin'],
  ['Nikita Khrushchev', 'Nikita Khrushchov'],
  ['Andrei Sakharov', 'Andrey Sakharov'],
  ['Yelena Bonner', 'Elena Bonner'],
  ['Pyotr Svoik', 'Petr Svoik'],
  ['Maria Pulman', 'Maria Pullman'],
  ['Nurbulat Masanov', 'Nurbulat Massanov'],
  ['Vladimir Kozlov', 'Wladimir Koslow'],
  ['Lyudmila Alexeyeva', 'Ludmila Alekseeva'],
  ['Oleksandr Turchynov', 'Oleksandr Turchinov'],
  ['Yevgeny Prigozhin', 'Evgeny Prigozhin'],
  ['Sergei Skripal', 'Sergey Skripal'],
  ['Vitaly Klitschko', 'Vitali Klitschko'],
  ['Arseniy Yatsenyuk', 'Arseny Yatsenyuk'],
  ['Yuriy Lutsenko', 'Yuri Lutsenko'],
  ['Ilya Yashin', 'Ilia Yashin'],
  ['Zamanbek Nurkadilov', 'Zamanbek Nurqadilov'],
  ['Alexander Zakharov', 'Aleksandr Zakharov'],
  ['Lev Ponomaryov', 'Lev Ponomarev'],
  ['Sergei Duvanov', 'Duvanov Sergei'],
  ['Yevgeny Zhovtis', 'Yevgeny Aleksandrovich Zhovtis'],
  ['Boris Nemtsov', 'Boris Nemtzov'],
  ['Vladimir Kara-Murza', 'Vladimir Kara-Mursa'],
  ['Alexander Solzhenitsyn', 'Aleksandr Solzhenitsin'],
];

const ACRONYMS = 'organisations named by an acronym and by their full name (their own websites)';
const DESCRIPTIVE =
  'one organisation named by different generic words in news reports (Matrosskaya Tishina, Lefortovo, Butyrka, Zarechnoye)';

const sameOrgs: Array<[ReturnType<typeof org>, ReturnType<typeof org>, string]> = [
  [org('OSCE', 'INTERGOVERNMENTAL'), org('Organization for Security and Co-operation in Europe', 'INTERGOVERNMENTAL'), ACRONYMS],
  [org('Organisation for Security and Cooperation in Europe', 'INTERGOVERNMENTAL'), org('OSCE', 'INTERGOVERNMENTAL'), ACRONYMS],
  [org('IWPR', 'MEDIA_OUTLET'), org('Institute for War and Peace Reporting', 'MEDIA_OUTLET'), ACRONYMS],
  [org('HRW', 'NGO'), org('Human Rights Watch', 'NGO'), ACRONYMS],
  [org('CPJ', 'NGO'), org('Committee to Protect Journalists', 'NGO'), ACRONYMS],
  [org('RSF', 'NGO'), org('Reporters Without Borders', 'NGO', ['Reporters sans frontières']), ACRONYMS],
  [org('DCK', 'PARTY'), org('Democratic Choice of Kazakhstan', 'PARTY'), ACRONYMS],
  [org('ДВК', 'PARTY'), org('Democratic Choice of Kazakhstan', 'PARTY', ['Демократический выбор Казахстана']), ACRONYMS],
  [org('FSB', 'GOVERNMENT_BODY'), org('Federal Security Service', 'GOVERNMENT_BODY', ['Федеральная служба безопасности']), ACRONYMS],
  [
    org('KGB', 'GOVERNMENT_BODY'),
    org('Committee for State Security', 'GOVERNMENT_BODY', ['Комитет государственной безопасности']),
    ACRONYMS,
  ],
  [org('MVD', 'GOVERNMENT_BODY'), org('Ministry of Internal Affairs', 'GOVERNMENT_BODY', ['Министерство внутренних дел']), ACRONYMS],
  [org('KNB', 'GOVERNMENT_BODY'), org('National Security Committee', 'GOVERNMENT_BODY', ['Комитет национальной безопасности']), ACRONYMS],
  [org('UNHCR', 'INTERGOVERNMENTAL'), org('United Nations High Commissioner for Refugees', 'INTERGOVERNMENTAL'), ACRONYMS],
  [org('ECHR', 'COURT'), org('European Court of Human Rights', 'COURT'), ACRONYMS],
  [org('RFE/RL', 'MEDIA_OUTLET'), org('Radio Free Europe/Radio Liberty', 'MEDIA_OUTLET'), ACRONYMS],
  [org('Matrosskaya Tishina prison', 'PRISON'), org('Matrosskaya Tishina detention centre', 'PRISON'), DESCRIPTIVE],
  [org('the detention centre at Matrosskaya Tishina', 'PRISON'), org('Matrosskaya Tishina prison', 'PRISON'), DESCRIPTIVE],
  [org('Matrosskaya Tishina', 'PRISON'), org('Matrosskaya Tishina pre-trial detention centre', 'PRISON'), DESCRIPTIVE],
  [org('Lefortovo prison', 'PRISON'), org('Lefortovo pre-trial detention center', 'PRISON'), DESCRIPTIVE],
  [org('Butyrka prison', 'PRISON'), org('the Butyrka remand centre', 'PRISON'), DESCRIPTIVE],
  [org('Zarechnoye prison', 'PRISON'), org('Zarechnoye penal colony', 'PRISON'), DESCRIPTIVE],
  [org('the colony at Zarechnoye', 'PRISON'), org('Zarechnoe prison', 'PRISON'), DESCRIPTIVE],
  [org('Zarechny colony-settlement', 'PRISON'), org('Zarechnoye prison', 'PRISON'), DESCRIPTIVE],
  [org('Adil Soz Foundation', 'NGO'), org('Adil Soz', 'NGO'), DESCRIPTIVE],
  [org('Respublika newspaper', 'MEDIA_OUTLET'), org('Respublika weekly', 'MEDIA_OUTLET'), DESCRIPTIVE],
  [org('Novaya Gazeta', 'MEDIA_OUTLET'), org('the Novaya Gazeta newspaper', 'MEDIA_OUTLET'), DESCRIPTIVE],
  [org('Yabloko party', 'PARTY'), org('Yabloko', 'PARTY'), DESCRIPTIVE],
  [org('Memorial human rights group', 'NGO'), org('Memorial', 'NGO', ['Memorial Human Rights Centre']), DESCRIPTIVE],
  [org('Ak Zhol party', 'PARTY'), org('Ak Zhol Democratic Party', 'PARTY', ['Ak Jol']), DESCRIPTIVE],
];

const differentOrgs: Array<[ReturnType<typeof org>, ReturnType<typeof org>]> = [
  [org('Matrosskaya Tishina prison', 'PRISON'), org('Butyrka prison', 'PRISON')],
  [org('Lefortovo detention centre', 'PRISON'), org('Matrosskaya Tishina detention centre', 'PRISON')],
  [org('Zarechnoye prison', 'PRISON'), org('Vladimir Central prison', 'PRISON')],
  [org('Penal Colony No. 2', 'PRISON'), org('Penal Colony No. 6', 'PRISON')],
  [org('Democratic Choice of Kazakhstan', 'PARTY'), org('Communist Party of Kazakhstan', 'PARTY')],
  [org('Democratic Party of Russia', 'PARTY'), org('Democratic Party of Ukraine', 'PARTY')],
  [org('Interior Ministry of Kazakhstan', 'GOVERNMENT_BODY'), org('Foreign Affairs Ministry of Kazakhstan', 'GOVERNMENT_BODY')],
  [org('Government of Kazakhstan', 'GOVERNMENT_BODY'), org('Government of Uzbekistan', 'GOVERNMENT_BODY')],
  [org('Adil Soz Foundation', 'NGO'), org('Soros Foundation', 'NGO')],
  [org('Almaty City Court', 'COURT'), org('Almaty Regional Court', 'COURT')],
  [org('Supreme Court of Kazakhstan', 'COURT'), org('Constitutional Court of Kazakhstan', 'COURT')],
  [org('Respublika newspaper', 'MEDIA_OUTLET'), org('Vremya newspaper', 'MEDIA_OUTLET')],
  [org('Radio Free Europe', 'MEDIA_OUTLET'), org('Radio Azattyq', 'MEDIA_OUTLET')],
  [org('OSCE', 'INTERGOVERNMENTAL'), org('Organisation of Islamic Cooperation', 'INTERGOVERNMENTAL')],
  [org('HRW', 'NGO'), org('Human Rights Foundation', 'NGO')],
  [org('CPJ', 'NGO'), org('Committee for the Protection of Journalists in Kazakhstan', 'NGO')],
  [org('IWPR', 'MEDIA_OUTLET'), org('Institute for Press Freedom', 'MEDIA_OUTLET')],
  [org('Human Rights Watch', 'NGO'), org('Human Rights House', 'NGO')],
  [org('National Security Committee', 'GOVERNMENT_BODY'), org('National Bank', 'GOVERNMENT_BODY')],
  [org('Kazakhstan International Bureau for Human Rights', 'NGO'), org('Kyrgyz Committee for Human Rights', 'NGO')],
  [org('Memorial', 'NGO'), org('Memorial Museum', 'OTHER')],
  [org('Lefortovo prison', 'PRISON'), org('Lefortovo court', 'COURT')],
  [org('Almaty prison', 'PRISON'), org('Almaty police department', 'GOVERNMENT_BODY')],
  [org('Moscow City Court', 'COURT'), org('Moscow Arbitration Court', 'COURT')],
  [org('the Ministry of Justice', 'GOVERNMENT_BODY'), org('the Ministry of Defence', 'GOVERNMENT_BODY')],
];

const NAMESAKES = 'one name, two types of entity (a newspaper and a person, a city and a company, a prison and its village)';
const namesakes: Array<
  [{ type: string; name: string; aliases: string[]; kind?: string }, { type: string; name: string; aliases: string[]; kind?: string }]
> = [
  [person('Soldat'), org('SOLDAT', 'MEDIA_OUTLET')],
  [{ type: 'PLACE', name: 'Almaty', aliases: [] }, org('Almaty', 'COMPANY')],
  [{ type: 'PLACE', name: 'Zarechnoye', aliases: [] }, org('Zarechnoye', 'PRISON')],
  [person('Vremya'), org('Vremya', 'MEDIA_OUTLET')],
  [person('Memorial'), org('Memorial', 'NGO')],
  [{ type: 'PLACE', name: 'Lefortovo', aliases: [] }, org('Lefortovo', 'PRISON')],
  [{ type: 'PLACE', name: 'Kazakhstan', aliases: [] }, org('Kazakhstan', 'GOVERNMENT_BODY')],
  [person('Yabloko'), org('Yabloko', 'PARTY')],
  [{ type: 'EVENT', name: 'Respublika', aliases: [] }, org('Respublika', 'MEDIA_OUTLET')],
  [person('Georgia'), { type: 'PLACE', name: 'Georgia', aliases: [] }],
];

const FAMILY = 'relatives and colleagues who share a surname (public figures: a president and his daughter, brothers, spouses)';
const family: Array<[string, string]> = [
  ['Nursultan Nazarbayev', 'Dariga Nazarbayeva'],
  ['Nursultan Nazarbaev', 'Aliya Nazarbayeva'],
  ['Rakhat Aliyev', 'Dariga Nazarbayeva'],
  ['Boris Yeltsin', 'Tatyana Yumasheva'],
  ['Boris Yeltsin', 'Naina Yeltsina'],
  ['Vitali Klitschko', 'Wladimir Klitschko'],
  ['Mikhail Gorbachev', 'Raisa Gorbacheva'],
  ['Yulia Tymoshenko', 'Yevhenia Tymoshenko'],
  ['Oleg Navalny', 'Alexei Navalny'],
  ['Yulia Navalnaya', 'Alexei Navalny'],
  ['Vladimir Putin', 'Lyudmila Putina'],
  ['Kassym-Jomart Tokayev', 'Kemel Tokayev'],
  ['Viktor Yanukovych', 'Oleksandr Yanukovych'],
  ['Leonid Kuchma', 'Olena Pinchuk'],
  ['Sergei Duvanov', 'Marina Duvanova'],
  ['Timur Kulibayev', 'Dinara Kulibayeva'],
  ['Mukhtar Ablyazov', 'Madina Ablyazova'],
  ['Aleksandr Ivanov', 'Aleksandra Ivanova'],
  ['Yevgeny Zhovtis', 'Yevgenia Zhovtis'],
  ['Pyotr Svoik', 'Pavel Svoik'],
  ['Andrei Sakharov', 'Yelena Bonner'],
];

export function pairsByHand(): EvalPair[] {
  return [
    ...pressPairs.map(([a, b]) => ({ a: person(a), b: person(b), same: true, source: PRESS })),
    ...sameOrgs.map(([a, b, source]) => ({ a, b, same: true, source })),
    ...differentOrgs.map(([a, b]) => ({
      a,
      b,
      same: false,
      source: "organisations that share only generic words or a place (news reports, the organisations' own names)",
    })),
    ...namesakes.map(([a, b]) => ({ a, b, same: false, source: NAMESAKES })),
    ...family.map(([a, b]) => ({ a: person(a), b: person(b), same: false, source: FAMILY })),
  ] as EvalPair[];
}
