import { matchKeysOf } from '../../src/resolution/match-keys.js';
import { digestOf } from '../../src/domain/entity-digest.js';
import neo4j, { isInt } from 'neo4j-driver';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { StoreUnavailableError, UniquenessViolationError } from '../../src/domain/errors.js';
import type { GraphStore } from '../../src/storage/graph-store.js';
import { openNeo4jStore } from '../../src/storage/neo4j/index.js';
import { ENTITY_PAGE_OF_TYPE } from '../../src/storage/neo4j/statements.js';
import { describeNeo4j, longNonsense, resetNeo4jDatabase, useNeo4jTestClient } from '../support/neo4j.js';
import { ALMATY, ARTICLE_A, DOCUMENT_A, DOCUMENT_B, DUVANOV, KIBHR, REPRESENTS, ZHOVTIS } from './fixtures.js';

/** True when a driver Integer (or a bigint) hides anywhere in a value. */
function holdsDriverInteger(value: unknown): boolean {
  if (isInt(value) || typeof value === 'bigint') return true;
  if (Array.isArray(value)) return value.some(holdsDriverInteger);
  if (value !== null && typeof value === 'object') return Object.values(value).some(holdsDriverInteger);
  return false;
}

// What the contract cannot see: the schema, the shape of the graph in Neo4j, and errors at the boundary.
describeNeo4j('Neo4j adapter', (config) => {
  const client = useNeo4jTestClient();
  let store: GraphStore;
  beforeEach(async () => {
    store = await openNeo4jStore(config);
    await store.migrate();
    await resetNeo4jDatabase(client());
  });
  afterEach(() => store.close());

  it('writes a document and reads it back as plain JS values, with no driver Integer', async () => {
    const counts = await store.writeDocument(DOCUMENT_A);
    expect(counts).toEqual({ relationshipsCreated: 6, citationsAdded: 7, mentionsAdded: 3 });
    const [article, duvanov] = await store.getNodes([ARTICLE_A.id, DUVANOV.id]);
    expect(article).toEqual(ARTICLE_A);
    expect(duvanov?.id).toBe(DUVANOV.id);
    const relations = await store.getRelations([{ entityId: ZHOVTIS.id, types: null, direction: 'BOTH', first: 10 }]);
    const paths = await store.findShortestPaths({ from: ZHOVTIS.id, to: ALMATY.id, maxLength: 3 });
    for (const value of [counts, article, duvanov, relations, paths, await store.countEntities(null)]) {
      expect(holdsDriverInteger(value)).toBe(false);
    }
    expect(typeof (await store.countArticles())).toBe('number');
  });

  it('stores claims as real typed relationships with flattened dates and parallel citation lists', async () => {
    await store.writeDocument(DOCUMENT_A);
    await store.writeDocument(DOCUMENT_B);
    const [edge] = await client().read(
      `MATCH (:Entity {id: $from})-[r:REPRESENTS]->(:Entity {id: $to})
       RETURN properties(r) AS props, valueType(r.start_year) AS yearType`,
      { from: ZHOVTIS.id, to: DUVANOV.id },
    );
    expect(edge.yearType).toBe('INTEGER NOT NULL');
    expect(edge.props).toEqual(
      expect.objectContaining({
        id: REPRESENTS.id,
        status: 'REPORTED',
        start_year: 2002,
        start_month: 10,
        start_inferred: false,
        end_year: 2003,
        citation_articles: [ARTICLE_A.id, 'article:b-trial-opens'],
        citation_quotes: ['Zhovtis, his lawyer', 'his lawyer Zhovtis'],
      }),
    );
    const [labels] = await client().read('MATCH (e:Entity {id: $id}) RETURN labels(e) AS labels', { id: KIBHR.id });
    expect([...(labels.labels as string[])].sort()).toEqual(['Entity', 'Ngo', 'Organisation']);
    const [mention] = await client().read(
      'MATCH (:Entity {id: $id})-[m:MENTIONED_IN]->(a:Article) RETURN count(m) AS n, collect(m.quotes)[0] AS quotes',
      { id: DUVANOV.id },
    );
    expect(mention.n).toBe(2); // one per article
  });

  it('swaps the kind label when an organisation changes kind', async () => {
    await store.writeDocument(DOCUMENT_A);
    await store.writeDocument({ ...DOCUMENT_A, entities: [{ ...KIBHR, kind: 'PRISON' }] });
    const [row] = await client().read('MATCH (e:Entity {id: $id}) RETURN labels(e) AS labels', { id: KIBHR.id });
    expect([...(row.labels as string[])].sort()).toEqual(['Entity', 'Organisation', 'Prison']);
  });

  it('never walks MENTIONED_IN: articles are not neighbours', async () => {
    await store.writeDocument(DOCUMENT_A);
    const edges = await store.getIncidentEdges([DUVANOV.id, ARTICLE_A.id]);
    expect(edges.map((e) => e.type)).not.toContain('MENTIONED_IN');
    expect(await store.findShortestPaths({ from: DUVANOV.id, to: ARTICLE_A.id, maxLength: 3 })).toEqual({ nodeIds: [], edges: [] });
  });

  it('answers paths longer than the statement table with the same walk as the embedded store', async () => {
    await store.writeDocument(DOCUMENT_A);
    await store.writeDocument(DOCUMENT_B);
    const args = { from: ZHOVTIS.id, to: 'place:kazakhstan' };
    expect(await store.findShortestPaths({ ...args, maxLength: 12 })).toEqual(await store.findShortestPaths({ ...args, maxLength: 4 }));
  });

  it('refuses a relationship type outside the vocabulary and writes nothing', async () => {
    const bad = { ...REPRESENTS, type: 'KNOWS' };
    await expect(store.writeDocument({ ...DOCUMENT_A, relationships: [bad] })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(await store.countArticles()).toBe(0);
  });

  it('refuses an edge or a mention whose entity does not exist, and writes nothing', async () => {
    const dangling = { ...REPRESENTS, targetId: 'person:nobody' };
    await expect(store.writeDocument({ ...DOCUMENT_A, relationships: [dangling] })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const mention = { entityId: 'person:nobody', articleId: ARTICLE_A.id, quote: 'x' };
    await expect(store.writeDocument({ ...DOCUMENT_A, mentions: [mention] })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await store.countArticles()).toBe(0);
  });

  it('rolls back and does not retry when onStep throws', async () => {
    const steps: string[] = [];
    const boom = new Error('boom');
    await expect(
      store.writeDocument(DOCUMENT_A, {
        onStep: (step) => {
          steps.push(step);
          throw boom;
        },
      }),
    ).rejects.toBe(boom);
    expect(steps).toEqual(['article']);
    expect(await store.countArticles()).toBe(0);
  });

  it('surfaces a uniqueness violation as UniquenessViolationError, not a driver error', async () => {
    const createDuplicate = () => client().write((tx) => tx.run('CREATE (:Entity {id: $id})', { id: 'person:twin' }));
    await createDuplicate();
    const error = await createDuplicate().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UniquenessViolationError);
    expect(error).toMatchObject({ code: 'UNIQUENESS_VIOLATION' });
  });

  it('migrates idempotently: a second run changes no constraint or index', async () => {
    const schema = async () => ({
      constraints: (await client().read('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name')).map((r) => r.name),
      indexes: (await client().read('SHOW INDEXES YIELD name, state RETURN name, state ORDER BY name')).map((r) => `${r.name}:${r.state}`),
    });
    const before = await schema();
    await store.migrate();
    await store.migrate();
    expect(await schema()).toEqual(before);
    expect(before.constraints).toEqual(expect.arrayContaining(['entity_id', 'article_id', 'represents_id']));
    expect(before.indexes).toEqual(
      expect.arrayContaining(['entity_names:ONLINE', 'entity_name_trigrams:ONLINE', 'entity_type:ONLINE', 'entity_type_id:ONLINE']),
    );
  });

  // a page of one type must not read every entity of that type: on the 1M graph, 20 people took 530 ms
  it('reads a page of one type off the (type, id) index in order, stopping at first', async () => {
    // the events sort before the people by id, as on the 1M graph, where the id index walked past them all
    await client().write((tx) =>
      tx.run(`UNWIND range(1, 3000) AS i
      CREATE (:Entity {id: CASE WHEN i % 2 = 0 THEN 'event:e' ELSE 'person:p' END + toString(100000 + i),
                       type: CASE WHEN i % 2 = 0 THEN 'EVENT' ELSE 'PERSON' END, name: 'n' + toString(i), aliases: []})`),
    );
    const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
    try {
      const { summary } = await driver.executeQuery(
        `PROFILE ${ENTITY_PAGE_OF_TYPE}`,
        { type: 'PERSON', after: '', first: neo4j.int(20) },
        { database: config.database },
      );
      const operators: Array<{ operatorType: string; rows: number }> = [];
      const walk = (plan: { operatorType: string; rows: number; children: unknown[] }) => {
        operators.push({ operatorType: plan.operatorType.replace(/@.*/, ''), rows: Number(plan.rows) });
        for (const child of plan.children) walk(child as typeof plan);
      };
      walk(summary.profile as never);
      const seek = operators.find((o) => o.operatorType.startsWith('NodeIndexSeek'));
      expect(seek, JSON.stringify(operators)).toBeDefined();
      expect(seek!.rows).toBeLessThanOrEqual(20);
      expect(operators.map((o) => o.operatorType)).not.toContain('Top');
    } finally {
      await driver.close();
    }
    const page = await store.listEntities({ type: 'PERSON', after: null, first: 3 });
    expect(page.map((e) => e.id)).toEqual(['person:p100001', 'person:p100003', 'person:p100005']);
  });

  it('finds a name right after migrate and write (the full-text index is online and transactional)', async () => {
    await store.writeDocument(DOCUMENT_A);
    const hits = await store.searchCandidates({ query: 'AND', types: null, first: 5 });
    expect(Array.isArray(hits)).toBe(true);
    expect((await store.searchCandidates({ query: 'Duvanov', types: ['PERSON'], first: 5 })).map((e) => e.id)).toEqual([DUVANOV.id]);
    // thousands of trigrams: still under Lucene's clause limit
    expect(Array.isArray(await store.searchCandidates({ query: longNonsense(), types: null, first: 5 }))).toBe(true);
  });

  it('reports an unreachable server or a wrong password as StoreUnavailableError naming the URI, not the password', async () => {
    const unreachable = { ...config, uri: 'bolt://127.0.0.1:1', password: 'secret-never-shown' };
    const error = await openNeo4jStore(unreachable).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as Error).message).toContain('bolt://127.0.0.1:1');
    expect((error as Error).message).not.toContain('secret-never-shown');

    const refused = await openNeo4jStore({ ...config, password: 'wrong-password-never-shown' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(StoreUnavailableError);
    expect((refused as Error).message).toContain(config.uri);
    expect((refused as Error).message).not.toContain('wrong-password-never-shown');
  });

  it('reports a database the server does not have as StoreUnavailableError at open', async () => {
    const error = await openNeo4jStore({ ...config, database: 'kgnosuchdatabase' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as Error).message).toContain('"kgnosuchdatabase" does not exist');
  });

  it('refuses use after close with StoreUnavailableError', async () => {
    const closed = await openNeo4jStore(config);
    await closed.close();
    await closed.close(); // closing twice is harmless
    await expect(closed.countArticles()).rejects.toBeInstanceOf(StoreUnavailableError);
  });

  it('on migrate, gives edges written before per-source claims the id of their fact, fusing one fact held under two statuses', async () => {
    await client().write(async (tx) =>
      tx.run(`
      CREATE (p:Entity:Person {id: 'person:maria-pulman', type: 'PERSON', name: 'Maria Pulman', aliases: [], roles: [], search_keys: 'maria pulman'}),
             (d:Entity:Person {id: 'person:sergei-duvanov', type: 'PERSON', name: 'Sergei Duvanov', aliases: [], roles: [], search_keys: 'sergei duvanov'}),
             (p)-[:REPRESENTS {id: 'rel:old-reported', status: 'REPORTED', citation_articles: ['article:a'], citation_quotes: ['Pulman is his lawyer']}]->(d),
             (p)-[:REPRESENTS {id: 'rel:old-denied', status: 'DENIED', citation_articles: ['article:b'], citation_quotes: ['Pulman denies it']}]->(d)`),
    );
    await store.migrate();
    const [relations] = await store.getRelations([{ entityId: 'person:maria-pulman', types: null, direction: 'OUT', first: 10 }]);
    expect(relations).toHaveLength(1);
    expect(relations[0]).toMatchObject({ type: 'REPRESENTS', status: 'ALLEGED', disputed: true });
    expect(relations[0].citations.map((c) => [c.articleId, c.status])).toEqual([
      ['article:a', 'REPORTED'],
      ['article:b', 'DENIED'],
    ]);
    expect(await store.listDisputes({ first: 5 })).toEqual([
      { id: `dispute:status:${relations[0].id}`, aspect: 'status', subjectId: relations[0].id },
    ]);
    await store.migrate(); // nothing left to upgrade: a second run changes nothing
    expect((await store.getRelations([{ entityId: 'person:maria-pulman', types: null, direction: 'OUT', first: 10 }]))[0]).toEqual(
      relations,
    );
  });

  it('on migrate, gives entities written before search kept trigrams (and resolution keys) theirs, so a search finds them', async () => {
    // as a store written by an older version (or an export script, which writes the keys alone) leaves them
    await client().write(async (tx) =>
      tx.run(`
      CREATE (:Entity:Person {id: 'person:sergei-duvanov', type: 'PERSON', name: 'Sergei Duvanov', aliases: [], roles: [], search_keys: 'sergei duvanov'})`),
    );
    expect(await store.searchCandidates({ query: 'Duvanov', types: null, first: 5 })).toEqual([]);
    await store.migrate();
    expect((await store.searchCandidates({ query: 'Duvanov', types: null, first: 5 })).map((e) => e.id)).toEqual(['person:sergei-duvanov']);
    const [row] = await client().read("MATCH (e:Entity {id: 'person:sergei-duvanov'}) RETURN e.search_trigrams AS t, e.match_keys AS k");
    expect(row.t).toBe('ser erg rge gei duv uva van ano nov');
    expect(row.k).toBe(matchKeysOf({ name: 'Sergei Duvanov', aliases: [] }).join(' '));
  });

  it('on migrate, moves facts held as one property per entity into one node per source, idempotently', async () => {
    const a = { articleId: 'article:a', publishedAt: null, name: 'Maria Pulman', aliases: [], roles: ['lawyer'], kind: null, date: null };
    const a2 = { ...a, name: 'M. Pulman' };
    const editor = { articleId: null, addedAliases: ['Masha'], removedAliases: [] };
    const legacy = { ...a, articleId: 'legacy:' };
    await client().write(async (tx) =>
      tx.run(
        `
      CREATE (:Entity:Person {id: 'person:maria-pulman', type: 'PERSON', name: 'Maria Pulman', aliases: [], roles: [], search_keys: 'maria pulman', facts: $facts}),
             (:Entity:Person {id: 'person:sergei-duvanov', type: 'PERSON', name: 'Sergei Duvanov', aliases: [], roles: [], search_keys: 'sergei duvanov', facts: '[]'})`,
        { facts: JSON.stringify([editor, a, legacy, a2]) },
      ),
    );
    await store.migrate();
    const expected = [[a, a2, editor, legacy], []];
    expect(await store.getEntityFacts(['person:maria-pulman', 'person:sergei-duvanov'])).toEqual(expected);
    const left = await client().read('MATCH (e:Entity) WHERE e.facts IS NOT NULL RETURN count(e) AS n');
    expect(left[0].n).toBe(0);
    await store.migrate();
    expect(await store.getEntityFacts(['person:maria-pulman', 'person:sergei-duvanov'])).toEqual(expected);
    // one node per source, and the digest folded from them (sergei-duvanov has none)
    expect((await client().read('MATCH (f:SourceFacts) RETURN count(f) AS n'))[0].n).toBe(4);
    expect(await store.getEntityDigests(['person:maria-pulman', 'person:sergei-duvanov'])).toEqual([digestOf(expected[0]), null]);
  });
});
