import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { StoreUnavailableError } from '../../domain/errors.js';
import { mapDriverError } from './errors.js';

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** What a write statement gives back: its rows and how many relationships it created. */
export interface WriteResult {
  rows: Row[];
  relationshipsCreated: number;
}

/** A transaction handed to `write` work; every statement runs in the same transaction. */
export interface WriteTransaction {
  run(statement: string, params?: Params): Promise<WriteResult>;
}

export interface Neo4jClient {
  readonly uri: string;
  readonly database: string;
  /** Fails fast with a StoreUnavailableError when the server cannot be reached, refuses us or lacks the database. */
  verify(): Promise<void>;
  read(statement: string, params?: Params): Promise<Row[]>;
  /** Runs `work` in one write transaction: committed when it resolves, rolled back when it throws. */
  write<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * The domain stores no floating-point numbers, so every whole JS number is sent as a Cypher INTEGER:
 * otherwise the driver sends 2002 as 2002.0, and dates would compare and print as floats.
 */
export function toCypherValue(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toCypherValue);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCypherValue(v)]));
  }
  return value;
}

async function runIn(tx: ManagedTransaction, statement: string, params: Params): Promise<WriteResult> {
  const result = await tx.run(statement, toCypherValue(params) as Params);
  return { rows: result.records.map((r) => r.toObject()), relationshipsCreated: result.summary.counters.updates().relationshipsCreated };
}

/**
 * One driver for the process, closed by `close()`. Reads and writes go through executeRead/executeWrite
 * so that a neo4j:// cluster routes them to readers and the leader, and the driver retries transient
 * failures; the database is always named, so no session falls back to the server's default database.
 */
export function createNeo4jClient(connection: Neo4jConnection): Neo4jClient {
  const { uri, database } = connection;
  const driver: Driver = neo4j.driver(uri, neo4j.auth.basic(connection.user, connection.password), {
    // integers come back as JS numbers: no driver Integer escapes the adapter (our values fit in 2^53)
    disableLosslessIntegers: true,
    connectionTimeout: 10_000,
    maxTransactionRetryTime: 15_000,
  });
  const where = { uri, database };
  let closed = false;
  const guarded = async <T>(action: () => Promise<T>): Promise<T> => {
    if (closed) throw new StoreUnavailableError(`the Neo4j store for ${uri} is closed`);
    try {
      return await action();
    } catch (error) {
      throw mapDriverError(error, where);
    }
  };

  return {
    uri,
    database,
    verify: () =>
      guarded(async () => {
        await driver.verifyConnectivity({ database });
        // connectivity alone does not prove the database exists; an auto-commit query fails at once (no retries)
        const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
        try {
          await session.run('RETURN 1');
        } finally {
          await session.close();
        }
      }),
    read: (statement, params = {}) =>
      guarded(async () => {
        const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
        try {
          return (await session.executeRead((tx) => runIn(tx, statement, params))).rows;
        } finally {
          await session.close();
        }
      }),
    write: (work) =>
      guarded(async () => {
        const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
        try {
          // errors thrown by `work` itself are not transient, so executeWrite rolls back and rethrows them
          return await session.executeWrite((tx) => work({ run: (statement, params = {}) => runIn(tx, statement, params) }));
        } finally {
          await session.close();
        }
      }),
    close: async () => {
      if (closed) return;
      closed = true;
      await driver.close();
    },
  };
}

/**
 * A client whose reads run inside an open write transaction, so a plan sees what the transaction sees
 * (other transactions' commits up to now, under the lock it holds). It cannot start transactions itself.
 */
export function transactionReadClient(client: Neo4jClient, tx: WriteTransaction): Neo4jClient {
  const refuse = () => Promise.reject(new Error('a transaction view cannot open transactions of its own'));
  return {
    uri: client.uri,
    database: client.database,
    verify: async () => {},
    read: async (statement, params = {}) => (await tx.run(statement, params)).rows,
    write: refuse,
    close: async () => {},
  };
}
