/**
 * Labelled event pairs for scripts/evaluate-events.ts: an incoming event mention and a stored event, each
 * with its date and participants (stored ids with roles), and whether they are one happening. Written by
 * hand from the kinds of failure issue 23 describes: hubs shared by many events, two people's events a
 * day apart, steps of one trial, a denial or an allegation of a happening.
 */
export interface EventSide {
  name: string;
  date: string | null;
  participants: Array<[id: string, role: string]>;
}

export interface EventPair {
  a: EventSide;
  b: EventSide;
  same: boolean;
  note: string;
}

const COURT: [string, string] = ['organisation:ladian-regional-court', 'court'];
const MINISTRY: [string, string] = ['organisation:interior-ministry', 'denied'];
const POLICE: [string, string] = ['organisation:almaty-police', 'detaining authority'];
const side = (name: string, date: string | null, ...participants: Array<[string, string]>): EventSide => ({ name, date, participants });

export const EVENT_PAIRS: EventPair[] = [
  // one happening, two mentions
  {
    a: side('Arrest of Sergei Duvanov', '2002-10-28', ['person:sergei-duvanov', 'arrested']),
    b: side('Detention of Sergey Duvanov', '2002-10-27', ['person:sergei-duvanov', 'detained'], POLICE),
    same: true,
    note: 'one arrest, dates a day apart',
  },
  {
    a: side('Alleged beating of Sergei Duvanov in prison', '2003-05-21', ['person:sergei-duvanov', 'victim']),
    b: side('Beating of Sergei Duvanov', '2003-05-20', ['person:sergei-duvanov', 'victim'], MINISTRY),
    same: true,
    note: 'an allegation and the fact',
  },
  {
    a: side('Interior ministry denies beating of Sergei Duvanov', '2003-05-22', ['person:sergei-duvanov', 'subject'], MINISTRY),
    b: side('Beating of Sergei Duvanov', '2003-05-20', ['person:sergei-duvanov', 'victim']),
    same: true,
    note: 'a denial attaches to the happening',
  },
  {
    a: side('The trial of Zhanna Peposotov', '1996-07-23', ['person:zhanna-peposotov', 'defendant'], COURT),
    b: side('Court hearing in the case of Zhanna Peposotov', '1996-07-23', ['person:zhanna-peposotov', 'accused'], COURT),
    same: true,
    note: 'one trial, two names',
  },
  {
    a: side('Release of Mukhtar Ablyazov', '2003-05', ['person:mukhtar-ablyazov', 'released']),
    b: side(
      'Ablyazov freed after amnesty',
      '2003-05-14',
      ['person:mukhtar-ablyazov', 'freed'],
      ['organisation:government-of-kazakhstan', 'grantor'],
    ),
    same: true,
    note: 'one release, month and day',
  },
  {
    a: side('Maria Pulman visits Sergei Duvanov', '2003-05-22', ['person:maria-pulman', 'visitor'], ['person:sergei-duvanov', 'visited']),
    b: side('Visit of Maria Pulman to Zarechnoye prison', '2003-05-22', ['person:maria-pulman', 'visitor']),
    same: true,
    note: 'one visit',
  },
  {
    a: side('Beating of Ivan Petrov', '1999-03-02', ['person:ivan-petrov', 'victim']),
    b: side('Attack on Ivan Petrov', '1999-03-03', ['person:ivan-petrov', 'victim'], ['person:oleg-guard', 'alleged perpetrator']),
    same: true,
    note: 'one attack, dates a day apart',
  },
  {
    a: side("Search of Galina Ivanova's flat", '2001-11-05', ['person:galina-ivanova', 'searched']),
    b: side('Police raid on the home of Galina Ivanova', '2001-11-05', ['person:galina-ivanova', 'subject'], POLICE),
    same: true,
    note: 'one search',
  },
  {
    a: side('Sentencing of Aidar Livabayev', '1996-09-10', ['person:aidar-livabayev', 'convicted'], COURT),
    b: side('Verdict in the case of Aidar Livabayev', '1996-09-10', ['person:aidar-livabayev', 'defendant'], COURT),
    same: true,
    note: 'one verdict',
  },
  {
    a: side('Detention of Yerlan Kaliyev', '2005-04-01', ['person:yerlan-kaliyev', 'refused'], POLICE),
    b: side('Arrest of Yerlan Kaliyev', '2005-04-01', ['person:yerlan-kaliyev', 'detainee']),
    same: true,
    note: 'an unusual role word on one side',
  },
  // two happenings
  {
    a: side('The trial of Zhanna Peposotov', '1996-07-23', ['person:zhanna-peposotov', 'defendant'], COURT, [
      'place:ladian-region',
      'venue',
    ]),
    b: side('Appeal hearing of Aidar Livabayev', '1996-07-24', ['person:aidar-livabayev', 'appellant'], COURT),
    same: false,
    note: 'another person, another step, one day apart, one court',
  },
  {
    a: side('Beating of Ivan Petrov', '1999-03-02', ['person:ivan-petrov', 'victim'], MINISTRY),
    b: side('Beating of Oleg Sidorov', '1999-03-03', ['person:oleg-sidorov', 'victim'], MINISTRY),
    same: false,
    note: "two people's beatings a day apart, one ministry denying both",
  },
  {
    a: side('Arrest of Bolat Atabayev', '2011-12-17', ['person:bolat-atabayev', 'arrested'], POLICE),
    b: side('Arrest of Vladimir Kozlov', '2011-12-17', ['person:vladimir-kozlov', 'arrested'], POLICE),
    same: false,
    note: 'two arrests by one police force on one day',
  },
  {
    a: side('Trial of Sergei Duvanov', '2003-01-10', ['person:sergei-duvanov', 'defendant'], COURT),
    b: side('Sentencing of Sergei Duvanov', '2003-01-28', ['person:sergei-duvanov', 'convicted'], COURT),
    same: false,
    note: 'trial and sentencing of one person, weeks apart',
  },
  {
    a: side('Trial of Sergei Duvanov', '2003-01-10', ['person:sergei-duvanov', 'defendant'], COURT),
    b: side('Trial of Sergei Duvanov', '2004-06-01', ['person:sergei-duvanov', 'defendant'], COURT),
    same: false,
    note: 'a retrial a year and a half later',
  },
  {
    a: side('Appeal hearing of Zhanna Peposotov', '1996-08-20', ['person:zhanna-peposotov', 'appellant'], COURT),
    b: side('The trial of Zhanna Peposotov', '1996-08-19', ['person:zhanna-peposotov', 'defendant'], COURT),
    same: false,
    note: 'trial and appeal of one person, a day apart',
  },
  {
    a: side(
      'Ablyazov asks the president for an amnesty',
      null,
      ['person:mukhtar-ablyazov', 'petitioner'],
      ['person:nursultan-nazarbaev', 'addressee'],
    ),
    b: side(
      'Duvanov asked to apologise to the president and seek amnesty; he refuses',
      null,
      ['person:sergei-duvanov', 'refused'],
      ['person:nursultan-nazarbaev', 'intended addressee'],
    ),
    same: false,
    note: "two men's amnesties, one addressee",
  },
  {
    a: side(
      'Press conference of the interior ministry',
      '2003-05-22',
      ['organisation:interior-ministry', 'speaker'],
      ['person:sergei-duvanov', 'subject'],
    ),
    b: side(
      'Press conference of the interior ministry',
      '2003-05-22',
      ['organisation:interior-ministry', 'speaker'],
      ['person:oleg-sidorov', 'subject'],
    ),
    same: false,
    note: 'one speaker, two subjects',
  },
  {
    a: side(
      'Visit of Maria Pulman to Sergei Duvanov',
      '2003-05-22',
      ['person:maria-pulman', 'visitor'],
      ['person:sergei-duvanov', 'visited'],
    ),
    b: side(
      'Visit of Yevgeny Zhovtis to Sergei Duvanov',
      '2003-05-23',
      ['person:yevgeny-zhovtis', 'visitor'],
      ['person:sergei-duvanov', 'visited'],
    ),
    same: false,
    note: 'two visitors a day apart',
  },
  {
    a: side(
      'Release of Mukhtar Ablyazov',
      '2003-05-14',
      ['person:mukhtar-ablyazov', 'released'],
      ['organisation:government-of-kazakhstan', 'grantor'],
    ),
    b: side(
      'Release of Galymzhan Zhakiyanov',
      '2003-05-15',
      ['person:galymzhan-zhakiyanov', 'released'],
      ['organisation:government-of-kazakhstan', 'grantor'],
    ),
    same: false,
    note: 'two releases granted by one government',
  },
];
