import { ArticleWriter, type GeneratedDocument } from './article.js';
import { dayNumberOf, dayOf, EventMaker } from './events.js';
import { Population, type SynthOrg, type SynthPerson } from './population.js';
import { Random } from './random.js';
import { CorpusTally } from './tally.js';

/** Sizes by entity count; about 4 new entities per article, so 10k is ~2,300 articles. */
export const SIZES: Record<string, number> = { '1k': 1_000, '10k': 10_000, '100k': 100_000, '1m': 1_000_000 };
const ENTITIES_PER_ARTICLE = 4.3;
const SPAN_DAYS = 30 * 365;
const FILLER = [
  'Observers said the case would be watched closely abroad.',
  'The authorities did not respond to requests for comment.',
  'Local media gave the story little coverage.',
  'Diplomats in the capital were briefed on the matter.',
  'The details could not be independently verified.',
  'Supporters gathered outside the building in the morning.',
  'Similar cases have been reported in previous years.',
  'A spokesman promised a statement later in the week.',
];

export interface CorpusOptions {
  entities: number;
  seed: string;
}

/**
 * Yields extraction documents, one per article, until the corpus names `entities` distinct entities. A
 * pure function of the options: the same seed and size give the same documents in the same order.
 */
export function* generateCorpus(options: CorpusOptions, tally = new CorpusTally()): Generator<GeneratedDocument> {
  const random = new Random(`${options.seed}/${options.entities}`);
  const population = new Population(random);
  const events = new EventMaker(random);
  const seen = new Set<string>();
  const expectedArticles = options.entities / ENTITIES_PER_ARTICLE;
  for (let index = 0; tally.entityCount < options.entities; index++) {
    const day = Math.floor((index * SPAN_DAYS) / expectedArticles) + random.int(0, 2);
    const doc = writeArticle(random, population, events, new ArticleWriter(random, seen), index, day);
    tally.add(doc);
    yield doc;
  }
}

function writeArticle(
  random: Random,
  population: Population,
  events: EventMaker,
  w: ArticleWriter,
  index: number,
  day: number,
): GeneratedDocument {
  const outlet = population.org('MEDIA_OUTLET', 0.02);
  const author = population.writerFor(outlet);
  const place = population.place(0.03);
  const subjects = Array.from({ length: random.int(1, 3) }, () => population.person(0.55));
  const official = random.chance(0.7) ? population.person(0.03) : null;
  const others = Array.from({ length: random.int(0, 3) }, () => population.person(0.5));
  const subject = subjects[0];
  const title = `${w.nameOf(place)}: ${w.nameOf(subject)} ${random.pick(['case draws attention', 'speaks out', 'under pressure', 'in the news again'])}`;
  w.say(`${w.nameOf(outlet)} reports from ${w.nameOf(place)}`, outlet, place);

  const people = [...new Set([...subjects, ...(official ? [official] : []), ...others])];
  for (const p of people) personFacts(random, w, p);
  if (random.chance(0.8)) w.claim('WRITES_FOR', author, outlet, 'REPORTED', `${w.nameOf(author)} writes for ${w.nameOf(outlet)}`);
  for (const other of others) {
    if (other.role === 'lawyer' && random.chance(0.7))
      w.claim('REPRESENTS', other, subject, 'REPORTED', `${w.nameOf(other)} is the lawyer of ${w.nameOf(subject)}`);
    else if (random.chance(0.3))
      w.claim(
        'FRIEND_OF',
        other,
        subject,
        'REPORTED',
        `${w.nameOf(other)}, a long-time friend of ${w.nameOf(subject)}, spoke to reporters`,
      );
  }
  if (official && random.chance(0.3))
    w.claim('ACCUSED', official, subject, 'ALLEGED', `${w.nameOf(official)} accused ${w.nameOf(subject)} of corruption`);
  if (official && random.chance(0.25))
    w.claim(
      'OPPOSES',
      subject,
      official,
      random.chance(0.1) ? 'DENIED' : 'REPORTED',
      `${w.nameOf(subject)} has long opposed ${w.nameOf(official)}`,
    );
  for (const [i, a] of people.entries()) {
    for (const b of people.slice(i + 1)) {
      if (!random.chance(0.2)) continue;
      const [type, status, verb] = random.pick([
        ['SUPPORTS', 'REPORTED', 'has backed'],
        ['OPPOSES', 'REPORTED', 'has criticised'],
        ['ACCUSED', 'ALLEGED', 'has accused'],
      ] as const);
      w.claim(type, a, b, status, `${w.nameOf(a)} ${verb} ${w.nameOf(b)}`);
    }
  }
  if (place !== population.places[0] && random.chance(0.2)) {
    w.claim('LOCATED_IN', place, population.places[0], 'REPORTED', `${w.nameOf(place)} lies in ${w.nameOf(population.places[0])}`);
  }
  if (official === population.persons[0] && random.chance(0.1)) {
    const country = population.places[0];
    w.claim('PRESIDENT_OF', official, country, 'REPORTED', `${w.nameOf(official)}, the president of ${w.nameOf(country)}, did not comment`);
  }
  if (random.chance(0.3)) {
    const ngo = population.org('NGO', 0.2);
    w.claim('SUPPORTS', ngo, subject, 'REPORTED', `${w.nameOf(ngo)} said it supports ${w.nameOf(subject)}`);
  }
  if (random.chance(0.25)) {
    const prison = population.org('PRISON', 0.1);
    w.claim('IMPRISONED_IN', subject, prison, 'REPORTED', `${w.nameOf(subject)} is held in ${w.nameOf(prison)}`);
    orgFacts(random, w, prison);
  }

  const eventList = [
    events.recurring(),
    ...Array.from({ length: random.int(1, 2) }, (_, i) => {
      const who = subjects[i] ?? subject;
      const with_ = [
        ...(official && random.chance(0.3) ? [official] : []),
        ...others.filter(() => random.chance(0.5)),
        ...(random.chance(0.3) ? [who.employer] : []),
      ];
      return events.create(
        who,
        [...new Set(with_)].filter((x) => x.key !== who.key),
        place,
        day - random.int(0, 10),
      );
    }),
  ];
  for (const event of eventList) {
    if (!event) continue;
    const names = event.participants.map((p) => w.nameOf(p.who));
    const at = w.nameOf(event.place);
    w.event(
      event,
      `The ${event.noun} of ${names[0]} took place in ${at} on ${event.date.day}.${event.date.month}.${event.date.year}`,
      `${names.join(', ')} ${names.length > 1 ? 'were' : 'was'} there (${event.noun})`,
    );
  }
  for (let i = random.int(3, 6); i > 0; i--) w.filler(random.pick(FILLER));
  const publishedAt = dayOf(day);
  return w.document({
    title,
    url: `https://news.example.org/${outlet.key}/${publishedAt.year}/${index}`,
    author: w.nameOf(author),
    publisher: outlet.name,
    publishedAt,
  });
}

function personFacts(random: Random, w: ArticleWriter, p: SynthPerson): void {
  const org = p.employer;
  const verb: Record<string, string> = {
    WRITES_FOR: 'writes for',
    WORKS_FOR: 'works for',
    MEMBER_OF: 'is a member of',
    LEADS: 'leads',
    HEAD_OF: 'heads',
  };
  if (random.chance(0.75)) {
    w.claim(p.employerType, p, org, 'REPORTED', `${w.nameOf(p)}, a ${p.role}, ${verb[p.employerType]} ${w.nameOf(org)}`);
    orgFacts(random, w, org);
  }
  if (p.base && random.chance(0.4)) w.claim('BASED_IN', p, p.base, 'REPORTED', `${w.nameOf(p)} lives in ${w.nameOf(p.base)}`);
}

function orgFacts(random: Random, w: ArticleWriter, org: SynthOrg): void {
  if (random.chance(0.25)) w.claim('LOCATED_IN', org, org.place, 'REPORTED', `${w.nameOf(org)} is based in ${w.nameOf(org.place)}`);
  if (org.parent && random.chance(0.3))
    w.claim('PART_OF', org, org.parent, 'REPORTED', `${w.nameOf(org)} is part of ${w.nameOf(org.parent)}`);
}

export { dayNumberOf };
