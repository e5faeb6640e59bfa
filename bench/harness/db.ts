import neo4j, { type Driver } from 'neo4j-driver';

/** Where the benchmark's Neo4j is, and whether the bench may wipe it. */
export interface BenchDatabase {
  uri: string;
  user: string;
  password: string;
  database: string;
}

/** The shared development database: others run their tests on it, so wiping it needs a clear yes. */
export const SHARED_URI = 'bolt://127.0.0.1:7687';

/**
 * The database from NEO4J_URI / NEO4J_PASSWORD, refused when it is the shared one and the caller did not
 * say `--i-own-the-database`: the bench wipes and reloads it, which would break everyone else's tests.
 */
export function benchDatabase(env: NodeJS.ProcessEnv, ownsDatabase: boolean): BenchDatabase {
  const uri = env.NEO4J_URI;
  if (!uri)
    throw new Error('NEO4J_URI is not set: the bench needs a Neo4j it may wipe (e.g. bolt://127.0.0.1:7697, see docs/benchmarks.md)');
  if (!env.NEO4J_PASSWORD) throw new Error('NEO4J_PASSWORD is not set');
  const shared =
    uri
      .replace(/^neo4j:/, 'bolt:')
      .replace('localhost', '127.0.0.1')
      .replace(/\/$/, '') === SHARED_URI;
  if (shared && !ownsDatabase) {
    throw new Error(
      `NEO4J_URI=${uri} is the shared development database and the bench wipes it; start your own ` +
        '(KG_NEO4J_HOME=/tmp/neo4j-bench NEO4J_BOLT_PORT=7697 NEO4J_HTTP_PORT=7477 bash scripts/neo4j.sh start) ' +
        'or pass --i-own-the-database',
    );
  }
  return { uri, user: env.NEO4J_USER ?? 'neo4j', password: env.NEO4J_PASSWORD, database: env.NEO4J_DATABASE ?? 'neo4j' };
}

export function openDriver(db: BenchDatabase): Driver {
  return neo4j.driver(db.uri, neo4j.auth.basic(db.user, db.password), { disableLosslessIntegers: true });
}

/** Whole numbers as Cypher INTEGERs (the driver would send 2002 as 2002.0), as the project's adapter does. */
export function cypherValue(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(cypherValue);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cypherValue(v)]));
  }
  return value;
}

export async function run(driver: Driver, db: BenchDatabase, statement: string, params: Record<string, unknown> = {}) {
  const result = await driver.executeQuery(statement, cypherValue(params) as Record<string, unknown>, { database: db.database });
  return result.records.map((r) => r.toObject());
}

/** Deletes every node and relationship (the schema stays), in batches so the transaction state stays small. */
export async function wipe(driver: Driver, db: BenchDatabase): Promise<void> {
  const session = driver.session({ database: db.database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS');
  } finally {
    await session.close();
  }
}

/** What the graph holds, to compare with the corpus manifest. */
export async function graphCounts(driver: Driver, db: BenchDatabase) {
  const [row] = await run(
    driver,
    db,
    `
    CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
    CALL () { MATCH (a:Article) RETURN count(a) AS articles }
    CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relationships, sum(size(r.citation_articles)) AS citations }
    CALL () { MATCH (:Entity)-[m:MENTIONED_IN]->(:Article) RETURN sum(size(m.quotes)) AS mentions }
    RETURN entities, articles, relationships, citations, mentions`,
  );
  return row as { entities: number; articles: number; relationships: number; citations: number; mentions: number };
}

/** The most relationships any entity has (as the corpus manifest's maxDegree counts them: edges between entities). */
export async function maxDegree(driver: Driver, db: BenchDatabase): Promise<number> {
  const [row] = await run(
    driver,
    db,
    `
    MATCH (e:Entity)
    RETURN max(COUNT { MATCH (e)-[r]-(:Entity) RETURN DISTINCT r }) AS d`,
  );
  return row.d as number;
}

/** The Neo4j the figures came from: version, edition and memory settings (heap, page cache), as it reports them. */
export async function neo4jFacts(driver: Driver): Promise<{ version: string; edition: string; heap: string; pageCache: string }> {
  const [component] = (await driver.executeQuery('CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition'))
    .records;
  const settings = (
    await driver.executeQuery(
      'SHOW SETTINGS YIELD name, value WHERE name IN $names RETURN name, value',
      { names: ['server.memory.heap.initial_size', 'server.memory.heap.max_size', 'server.memory.pagecache.size'] },
      { database: 'system' },
    )
  ).records;
  const value = (name: string) => (settings.find((r) => r.get('name') === name)?.get('value') as string | undefined) ?? '?';
  return {
    version: component.get('version') as string,
    edition: component.get('edition') as string,
    heap: `${value('server.memory.heap.initial_size')}-${value('server.memory.heap.max_size')}`,
    pageCache: value('server.memory.pagecache.size'),
  };
}

/**
 * Ends what a measurement left running in Neo4j. When autocannon's window closes, the requests still in
 * flight go on in the database (a server does not cancel them): on the 1M graph, where one request of
 * @neo4j/graphql takes many seconds, 16 of them ran on into the next server's window, and the machine's
 * run queue reached a hundred. Terminated, and waited for, so that each window measures one server alone.
 */
export async function settleNeo4j(driver: Driver, db: BenchDatabase): Promise<number> {
  let terminated = 0;
  for (let attempt = 0; attempt < 600; attempt++) {
    const rows = await run(
      driver,
      db,
      `SHOW TRANSACTIONS YIELD transactionId, database, currentQuery
      WHERE database = $database AND NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS'
      RETURN transactionId`,
      { database: db.database },
    );
    if (rows.length === 0) return terminated;
    const ids = rows.map((r) => r.transactionId as string);
    await run(driver, db, 'TERMINATE TRANSACTIONS $ids', { ids }).catch(() => undefined);
    terminated += ids.length;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('Neo4j still runs transactions a minute after the measurement ended');
}
