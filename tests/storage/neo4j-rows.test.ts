import { describe, expect, it } from 'vitest';
import { readRows, type Neo4jClient } from '../../src/storage/neo4j/driver.js';
import { articleFrom, dateFrom, disputeFrom, entityFrom, entityIn, relationshipFrom } from '../../src/storage/neo4j/records.js';
import {
  flag,
  map,
  mapList,
  num,
  oneOf,
  optJson,
  optNum,
  optOneOf,
  optStr,
  optStrList,
  RowShapeError,
  str,
  strList,
} from '../../src/storage/neo4j/rows.js';

// The decoders run without a database: these rows are what the driver hands back (integers as numbers).
const entity = {
  id: 'person:ana',
  type: 'PERSON',
  name: 'Ana',
  aliases: ['A.'],
  roles: [],
  kind: null,
  date_year: 2002,
  date_month: 10,
  date_day: null,
  date_inferred: false,
  date_qualifier: null,
  date_until: null,
  date_claims: '[]',
  disputed: null,
  details: '{}',
};

const relationship = {
  id: 'rel:1',
  type: 'MEMBER_OF',
  sourceId: 'person:ana',
  targetId: 'organisation:x',
  status: 'REPORTED',
  disputed: true,
  citation_articles: ['article:b', 'article:a'],
  citation_quotes: ['quote b', 'quote a'],
  citation_details: ['', ''],
};

describe('Neo4j row decoders', () => {
  it('give each column its type', () => {
    const row = { s: 'x', n: 3, b: true, l: ['a', 'b'], m: { k: 1 }, ms: [{ k: 1 }], v: 'PERSON', j: '{"a":1}' };
    expect(str(row, 's')).toBe('x');
    expect(num(row, 'n')).toBe(3);
    expect(flag(row, 'b')).toBe(true);
    expect(strList(row, 'l')).toEqual(['a', 'b']);
    expect(map(row, 'm')).toEqual({ k: 1 });
    expect(mapList(row, 'ms')).toEqual([{ k: 1 }]);
    expect(oneOf(row, 'v', ['PERSON', 'PLACE'] as const)).toBe('PERSON');
    expect(optJson<{ a: number }>(row, 'j')).toEqual({ a: 1 });
  });

  it('read an absent or null column as null, an empty list or false where it may be absent', () => {
    const row = { gone: null };
    expect(optStr(row, 'gone')).toBeNull();
    expect(optNum(row, 'missing')).toBeNull();
    expect(optStrList(row, 'gone')).toEqual([]);
    expect(optOneOf(row, 'gone', ['A'] as const)).toBeNull();
    expect(optJson(row, 'gone')).toBeNull();
    expect(flag(row, 'missing')).toBe(false);
  });

  it('refuse a wrong-shaped row with an error naming the column', () => {
    const row = { id: 42, name: null, aliases: ['a', 7], props: 'not a map', type: 'ROBOT', n: '3', found: [{}, 'x'] };
    expect(() => str(row, 'id')).toThrow(new RowShapeError('id', 'a string', 42));
    expect(() => str(row, 'id')).toThrow('column "id" should be a string, but is the number 42');
    expect(() => str(row, 'name')).toThrow('column "name" should be a string, but is missing');
    expect(() => strList(row, 'aliases')).toThrow('column "aliases" should be a list of strings, but is a list of strings and numbers');
    expect(() => optStrList(row, 'aliases')).toThrow('column "aliases"');
    expect(() => map(row, 'props')).toThrow('column "props" should be a map, but is the string "not a map"');
    expect(() => mapList(row, 'found')).toThrow('column "found" should be a list of maps');
    expect(() => oneOf(row, 'type', ['PERSON', 'PLACE'] as const)).toThrow(
      'column "type" should be one of PERSON, PLACE, but is the string "ROBOT"',
    );
    expect(() => num(row, 'n')).toThrow('column "n" should be a number');
    expect(() => optNum(row, 'n')).toThrow('column "n" should be a number or missing');
  });

  it('carry the column on the error', () => {
    try {
      num({ score: 'high' }, 'score');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RowShapeError);
      expect((error as RowShapeError).column).toBe('score');
    }
  });
});

describe('Neo4j record readers', () => {
  it('read an entity, an article, a relationship and a dispute', () => {
    expect(entityFrom(entity)).toMatchObject({ id: 'person:ana', type: 'PERSON', aliases: ['A.'], kind: null, disputed: false });
    expect(entityFrom(entity).date).toEqual({ year: 2002, month: 10, day: null, inferred: false });
    expect(articleFrom({ id: 'article:a', title: 'T', url: null })).toMatchObject({ id: 'article:a', url: null, text: '' });
    const r = relationshipFrom(relationship);
    expect(r.citations.map((c) => c.articleId)).toEqual(['article:a', 'article:b']);
    expect(r.citations[0]).toMatchObject({ quote: 'quote a', status: 'REPORTED', saidBy: null });
    expect(disputeFrom({ id: 'dispute:status:rel:1', aspect: 'status', subjectId: 'rel:1' }).aspect).toBe('status');
  });

  it('name the column a stored value breaks', () => {
    expect(() => entityFrom({ ...entity, type: 'ROBOT' })).toThrow('column "type" should be one of PERSON');
    expect(() => entityFrom({ ...entity, kind: 'CLUB' })).toThrow('column "kind"');
    expect(() => entityFrom({ ...entity, name: undefined })).toThrow('column "name" should be a string, but is missing');
    expect(() => entityIn({ props: [entity] })).toThrow('column "props" should be a map, but is a list of maps');
    expect(() => dateFrom({ ...entity, date_qualifier: 'SOMETIME' }, 'date')).toThrow('column "date_qualifier"');
    expect(() => relationshipFrom({ ...relationship, status: 'RUMOURED' })).toThrow('column "status"');
    expect(() => relationshipFrom({ ...relationship, citation_quotes: 'one' })).toThrow('column "citation_quotes"');
    expect(() => disputeFrom({ id: 'd', aspect: 'colour', subjectId: 's' })).toThrow(
      'column "aspect" should be one of status, date, happened',
    );
  });

  it('decode each row of a typed read', async () => {
    const client = { read: async () => [{ id: 'a' }, { id: 7 }] } as unknown as Neo4jClient;
    await expect(readRows(client, 'RETURN 1', {}, (row) => str(row, 'id'))).rejects.toThrow(
      'column "id" should be a string, but is the number 7',
    );
    const fine = { read: async () => [{ id: 'a' }] } as unknown as Neo4jClient;
    expect(await readRows(fine, 'RETURN 1', {}, (row) => str(row, 'id'))).toEqual(['a']);
  });
});
