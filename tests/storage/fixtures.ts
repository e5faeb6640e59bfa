import type { ArticleRecord, Citation, EntityRecord } from '../../src/domain/entity.js';
import type { RelationshipCitation } from '../../src/domain/claims.js';
import type { RelationshipRecord } from '../../src/domain/relationship.js';
import type { DocumentWrite } from '../../src/storage/graph-store.js';

/*
 * Two hand-made documents about one small graph. Edges (-> is source to target):
 *
 *   zhovtis -REPRESENTS-> duvanov -PARTICIPATED_IN-> trial -TOOK_PLACE_IN-> almaty -LOCATED_IN-> kazakhstan
 *   zhovtis -HEAD_OF-> kibhr -BASED_IN-> almaty <-BASED_IN- duvanov          nazarbaev -PRESIDENT_OF-> kazakhstan
 *
 * so zhovtis..almaty has exactly two shortest paths (via duvanov, via kibhr), and kushim is isolated.
 */

const person = (id: string, name: string, aliases: string[] = [], roles: string[] = []): EntityRecord => ({
  id: `person:${id}`,
  type: 'PERSON',
  name,
  aliases,
  roles,
  kind: null,
  date: null,
  dates: [],
  disputed: false,
});
const place = (id: string, name: string, aliases: string[] = []): EntityRecord => ({
  id: `place:${id}`,
  type: 'PLACE',
  name,
  aliases,
  roles: [],
  kind: null,
  date: null,
  dates: [],
  disputed: false,
});

export const ARTICLE_A: ArticleRecord = {
  id: 'article:a-duvanov-arrested',
  title: 'Duvanov arrested',
  url: 'https://example.org/a',
  author: 'A. Writer',
  publisher: 'Example News',
  publishedAt: { year: 2002, month: 10, day: 28, inferred: false },
  text: 'Sergei Duvanov was arrested.',
};
export const ARTICLE_B: ArticleRecord = {
  id: 'article:b-trial-opens',
  title: 'Trial opens',
  url: null,
  author: null,
  publisher: null,
  publishedAt: { year: 2003, month: 1, day: null, inferred: true },
  text: 'The trial of Duvanov opened.',
};

export const DUVANOV = person('sergei-duvanov', 'Sergei Duvanov', ['Sergey Duvanov'], ['journalist']);
export const ZHOVTIS = person('yevgeny-zhovtis', 'Yevgeny Zhovtis', [], ['lawyer']);
export const NAZARBAEV = person('nursultan-nazarbaev', 'Nursultan Nazarbaev', ['Nazarbayev'], ['president']);
export const KUSHIM = person('dos-kushim', 'Dos Kushim');
export const KIBHR: EntityRecord = {
  id: 'organisation:kibhr',
  type: 'ORGANISATION',
  name: 'Kazakhstan International Bureau for Human Rights',
  aliases: ['KIBHR'],
  roles: [],
  kind: 'NGO',
  date: null,
  dates: [],
  disputed: false,
};
export const AK_ZHOL: EntityRecord = {
  id: 'organisation:ak-zhol',
  type: 'ORGANISATION',
  name: 'Ak Zhol',
  aliases: [],
  roles: [],
  kind: 'PARTY',
  date: null,
  dates: [],
  disputed: false,
};
export const TRIAL: EntityRecord = {
  id: 'event:duvanov-trial',
  type: 'EVENT',
  name: 'Duvanov trial',
  aliases: [],
  roles: [],
  kind: null,
  date: { year: 2003, month: 1, day: null, inferred: false },
  dates: [],
  disputed: false,
};
export const ALMATY = place('almaty', 'Almaty', ['Alma-Ata']);
export const KAZAKHSTAN = place('kazakhstan', 'Kazakhstan');

/** Citations as a source gives them: REPORTED in the article's own voice, no dates, unless `extra` says otherwise. */
export const cite = (article: ArticleRecord, ...quotes: string[]): RelationshipCitation[] =>
  quotes.map((quote) => ({ articleId: article.id, quote, status: 'REPORTED', saidBy: null, start: null, end: null, asOf: null }));
const mention = (article: ArticleRecord, quote: string): Citation => ({ articleId: article.id, quote });

export function edge(
  id: string,
  type: string,
  sourceId: string,
  targetId: string,
  citations: RelationshipCitation[],
  extra: Partial<RelationshipRecord> = {},
): RelationshipRecord {
  const status = extra.status ?? 'REPORTED';
  return {
    id: `rel:${id}`,
    type,
    sourceId,
    targetId,
    status,
    disputed: false,
    role: null,
    start: null,
    end: null,
    ...extra,
    citations: citations.map((c) => ({ ...c, status, start: extra.start ?? null, end: extra.end ?? null })),
  };
}

export const REPRESENTS = edge('represents', 'REPRESENTS', ZHOVTIS.id, DUVANOV.id, cite(ARTICLE_A, 'Zhovtis, his lawyer'), {
  end: { year: 2003, month: 2, day: null, inferred: false },
});
export const HEAD_OF = edge('head-of', 'HEAD_OF', ZHOVTIS.id, KIBHR.id, cite(ARTICLE_A, 'Zhovtis, director of the bureau'));
// the quotes are out of order on purpose: stores return citations by article id, then quote
export const PARTICIPATED = edge(
  'participated',
  'PARTICIPATED_IN',
  DUVANOV.id,
  TRIAL.id,
  cite(ARTICLE_A, 'on trial', 'Duvanov faces trial'),
  { role: 'subject' },
);
export const TOOK_PLACE = edge('took-place', 'TOOK_PLACE_IN', TRIAL.id, ALMATY.id, cite(ARTICLE_A, 'in Almaty'));
export const DUVANOV_BASED = edge('duvanov-based', 'BASED_IN', DUVANOV.id, ALMATY.id, cite(ARTICLE_A, 'the Almaty journalist'));
export const KIBHR_BASED = edge('kibhr-based', 'BASED_IN', KIBHR.id, ALMATY.id, cite(ARTICLE_A, 'the Almaty-based bureau'));
export const LOCATED = edge('located', 'LOCATED_IN', ALMATY.id, KAZAKHSTAN.id, cite(ARTICLE_B, 'Almaty, Kazakhstan'));
export const PRESIDENT = edge('president', 'PRESIDENT_OF', NAZARBAEV.id, KAZAKHSTAN.id, cite(ARTICLE_B, 'President Nazarbayev'), {
  status: 'CONFIRMED',
});

export const DOCUMENT_A: DocumentWrite = {
  article: ARTICLE_A,
  entities: [DUVANOV, ZHOVTIS, KIBHR, TRIAL, ALMATY, KUSHIM, AK_ZHOL],
  mentions: [
    { entityId: DUVANOV.id, ...mention(ARTICLE_A, 'Sergei Duvanov was arrested') },
    { entityId: DUVANOV.id, ...mention(ARTICLE_A, 'Duvanov, a journalist') },
    { entityId: ZHOVTIS.id, ...mention(ARTICLE_A, 'Zhovtis, his lawyer') },
  ],
  relationships: [REPRESENTS, HEAD_OF, PARTICIPATED, TOOK_PLACE, DUVANOV_BASED, KIBHR_BASED],
};

/** The second article: new entities and edges, and more on old ones (a new citation, a start date, a German transliteration). */
export const DOCUMENT_B: DocumentWrite = {
  article: ARTICLE_B,
  entities: [{ ...ZHOVTIS, aliases: ['Ewgenij Schowtis'] }, DUVANOV, NAZARBAEV, KAZAKHSTAN, ALMATY, TRIAL],
  mentions: [
    { entityId: DUVANOV.id, ...mention(ARTICLE_B, 'The trial of Duvanov') },
    { entityId: NAZARBAEV.id, ...mention(ARTICLE_B, 'President Nazarbayev') },
  ],
  relationships: [
    // a known edge from a second source, which gives its start: one citation added, the summary's start
    // from it, the end from the first source
    {
      ...REPRESENTS,
      start: { year: 2002, month: 10, day: null, inferred: false },
      citations: cite(ARTICLE_B, 'his lawyer Zhovtis', 'his lawyer Zhovtis').map((c) => ({
        ...c,
        start: { year: 2002, month: 10, day: null, inferred: false },
      })),
    },
    { ...PARTICIPATED, citations: cite(ARTICLE_B, 'The trial of Duvanov') },
    LOCATED,
    PRESIDENT,
  ],
};

export const ALL_ENTITY_IDS = [DUVANOV, ZHOVTIS, NAZARBAEV, KUSHIM, KIBHR, AK_ZHOL, TRIAL, ALMATY, KAZAKHSTAN].map((e) => e.id);
export const ALL_ARTICLE_IDS = [ARTICLE_A.id, ARTICLE_B.id];
