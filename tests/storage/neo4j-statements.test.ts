import { describe, expect, it } from 'vitest';
import { RELATIONSHIP_TYPE_NAMES } from '../../src/domain/vocabulary.js';
import { GRAPH_TYPES_PATTERN, relationshipTypeOf } from '../../src/storage/neo4j/labels.js';
import {
  escapeLucene,
  luceneQueryFor,
  NAME_KEYS_INDEX,
  NAME_TRIGRAMS_INDEX,
  searchTrigramsOf,
} from '../../src/storage/neo4j/search-query.js';
import { longNonsense } from '../support/neo4j.js';
import * as reads from '../../src/storage/neo4j/statements.js';
import { upsertEntitiesStatement } from '../../src/storage/neo4j/write-statements.js';
import { putClaimsStatement } from '../../src/storage/neo4j/claim-statements.js';

// No database needed: how the adapter builds Cypher and Lucene text from input.

describe('Lucene queries for name search', () => {
  const trigrams = (query: string) => ({ index: NAME_TRIGRAMS_INDEX, query });
  it('look up every trigram of the folded tokens as a term of the trigram index, like the embedded trigram index', () => {
    expect(luceneQueryFor('Nazarbayev')).toEqual(trigrams('naz OR aza OR zar OR arb OR rba OR bae OR aev'));
    expect(luceneQueryFor('Zhóvtis K')).toEqual(trigrams('jov OR ovt OR vti OR tis'));
    expect(luceneQueryFor('Duv duv')).toEqual(trigrams('duv'));
  });

  it('keep each trigram inside one key of an entity, once', () => {
    expect(searchTrigramsOf('nazarbayev nursultan')).toBe('naz aza zar arb rba bay aye yev nur urs rsu sul ult lta tan');
    expect(searchTrigramsOf('duv duvanov ak')).toBe('duv uva van ano nov');
    expect(searchTrigramsOf('ak')).toBe('');
  });

  it('require every short token to start a word when there is no longer one', () => {
    expect(luceneQueryFor('Ak')).toEqual({ index: NAME_KEYS_INDEX, query: '+ak*' });
    expect(luceneQueryFor('a b')).toEqual({ index: NAME_KEYS_INDEX, query: '+a* +b*' });
  });

  it('leave no query syntax from hostile input, and nothing at all from input without letters', () => {
    expect(luceneQueryFor('"foo" OR bar* NEAR( ) ~2 \\')).toEqual(trigrams('bar OR nea OR ear'));
    expect(luceneQueryFor('AND OR NOT')).toEqual(trigrams('and OR not'));
    for (const text of ['', '   ', '🙂', ')(', "'", '*', '~', '"']) expect(luceneQueryFor(text)).toBeNull();
  });

  it("stay under Lucene's clause limit for absurdly long input", () => {
    const query = luceneQueryFor(longNonsense())!;
    expect(query.query.split(' OR ').length).toBe(512);
  });

  it('escape query syntax and lower-case operators anyway', () => {
    expect(escapeLucene('a+b(c)*"d"~:\\')).toBe('a\\+b\\(c\\)\\*\\"d\\"\\~\\:\\\\');
    expect(escapeLucene('AND')).toBe('and');
  });
});

describe('statement tables', () => {
  it('follow only vocabulary relationship types, never MENTIONED_IN', () => {
    expect(GRAPH_TYPES_PATTERN.split('|')).toEqual(RELATIONSHIP_TYPE_NAMES);
    for (const statement of [reads.INCIDENT_EDGES, reads.RELATIONS_OF_QUERIES, reads.shortestPathsStatement(3)]) {
      expect(statement).toContain(GRAPH_TYPES_PATTERN);
    }
  });

  it('have one shortest-path statement per bound from 1 to 10 and refuse any other', () => {
    expect(reads.shortestPathsStatement(1)).toContain('*..1]');
    expect(reads.shortestPathsStatement(10)).toContain('*..10]');
    for (const bad of [0, 11, -1, 2.5, Number.NaN]) expect(() => reads.shortestPathsStatement(bad)).toThrow(RangeError);
  });

  it('refuse a relationship type outside the vocabulary before any statement is chosen', () => {
    expect(relationshipTypeOf('REPRESENTS')).toBe('REPRESENTS');
    for (const bad of ['MENTIONED_IN', 'represents', 'X]->() DETACH DELETE n //', '']) {
      expect(() => relationshipTypeOf(bad)).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
    }
  });

  it('pick entity statements by type and kind, with labels from the fixed map', () => {
    expect(upsertEntitiesStatement('ORGANISATION/PRISON')).toContain('SET e:Organisation:Prison,');
    expect(upsertEntitiesStatement('ORGANISATION/OTHER')).toContain('SET e:Organisation,');
    expect(upsertEntitiesStatement('PERSON')).toContain('SET e:Person,');
    expect(() => upsertEntitiesStatement('PERSON/PRISON')).toThrow();
    expect(putClaimsStatement('FRIEND_OF')).toContain('[r:FRIEND_OF {id: row.id}]');
  });
});
