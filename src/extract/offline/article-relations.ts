import type { ArticleSource } from '../engine.js';
import type { FoundRelation } from './find-relations.js';
import { caselessName, type FoundEntity } from './group-entities.js';

const initials = (name: string) => (name.match(/\b\p{Lu}/gu) ?? []).join('');

/** The organisation the article's publisher is, when the text names it (in full or by its initials, "IWPR"). */
function publisherEntity(entities: readonly FoundEntity[], publisher: string | undefined): FoundEntity | undefined {
  if (!publisher) return undefined;
  return entities.find(
    (e) =>
      e.type === 'ORGANISATION' &&
      (caselessName(e.name) === caselessName(publisher) ||
        e.name === initials(publisher) ||
        [...e.aliases].some((a) => caselessName(a) === caselessName(publisher))),
  );
}

/**
 * What the article's own metadata says once the text names the parties: its author writes for its
 * publisher. The publisher's full name becomes an alias of the acronym the text uses, and the outlet is
 * a media outlet, whatever its acronym suggested.
 */
export function bylineRelations(entities: readonly FoundEntity[], article: ArticleSource): FoundRelation[] {
  const outlet = publisherEntity(entities, article.publisher);
  if (!outlet) return [];
  if (article.publisher && caselessName(article.publisher) !== caselessName(outlet.name)) outlet.aliases.add(article.publisher);
  if (outlet.kind === 'OTHER') outlet.kind = 'MEDIA_OUTLET';
  const author = article.author
    ? entities.find((e) => e.type === 'PERSON' && caselessName(e.name) === caselessName(article.author!))
    : undefined;
  if (!author) return [];
  const named = author.occurrences[author.occurrences.length - 1]!;
  return [
    {
      type: 'WRITES_FOR',
      from: author,
      to: outlet,
      status: 'REPORTED',
      spans: [{ ...named }],
      confidence: 0.55,
      cue: 'the byline and the publisher',
    },
  ];
}

/**
 * "President Nursultan Nazarbaev" in an article about one country: the president of that country. The
 * country is the place the article names most; a reviewer sees the low confidence and checks.
 */
export function titleRelations(entities: readonly FoundEntity[]): FoundRelation[] {
  const country = entities.filter((e) => e.type === 'PLACE').sort((a, b) => b.occurrences.length - a.occurrences.length)[0];
  if (!country) return [];
  return entities
    .filter((e) => e.type === 'PERSON' && e.roles.has('president'))
    .map((president) => ({
      type: 'PRESIDENT_OF',
      from: president,
      to: country,
      status: 'REPORTED' as const,
      spans: [{ ...president.occurrences[0]! }],
      confidence: 0.4,
      cue: '"President" before the name',
    }));
}
