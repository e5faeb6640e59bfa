import { afterEach, describe, expect, it } from 'vitest';
import { StoreTimeoutError, StoreUnavailableError } from '../../src/domain/errors.js';
import { createNeo4jClient, type Neo4jClient } from '../../src/storage/neo4j/index.js';
import { describeNeo4j } from '../support/neo4j.js';
import { freePort } from '../support/server-process.js';

/** Ten billion rows: far more than a second's work, so only the timeout ends it. */
const SLOW_READ = 'UNWIND range(1, 10000000) AS a UNWIND range(1, 1000) AS b RETURN count(*) AS n';

let client: Neo4jClient | undefined;
afterEach(async () => {
  await client?.close();
  client = undefined;
});

async function timed<T>(work: () => Promise<T>): Promise<{ error: unknown; ms: number }> {
  const started = performance.now();
  try {
    await work();
    return { error: undefined, ms: performance.now() - started };
  } catch (error) {
    return { error, ms: performance.now() - started };
  }
}

describe('Neo4j client with nothing listening', () => {
  it('fails fast with STORE_UNAVAILABLE instead of retrying (real driver, a closed port)', async () => {
    client = createNeo4jClient({
      uri: `bolt://127.0.0.1:${await freePort()}`,
      user: 'neo4j',
      password: 'whatever-pass',
      database: 'neo4j',
    });
    const calls: (() => Promise<unknown>)[] = [
      () => client!.read('RETURN 1'),
      () => client!.write((tx) => tx.run('CREATE (:Nothing)')),
      () => client!.verify(),
    ];
    for (const work of calls) {
      const { error, ms } = await timed(work);
      expect(error).toBeInstanceOf(StoreUnavailableError);
      expect(ms).toBeLessThan(2_000);
    }
  });
});

describeNeo4j('Neo4j transaction timeout', (config) => {
  it('cancels a read that runs past KG_STORE_TIMEOUT_MS with STORE_TIMEOUT, and the client keeps working', async () => {
    client = createNeo4jClient({ ...config, transactionTimeoutMs: 500 });
    const { error, ms } = await timed(() => client!.read(SLOW_READ));
    expect(error).toBeInstanceOf(StoreTimeoutError);
    expect((error as StoreTimeoutError).code).toBe('STORE_TIMEOUT');
    expect(ms).toBeLessThan(5_000);
    expect(await client.read('RETURN 1 AS one')).toEqual([{ one: 1 }]);
  });
});
