import neo4j, { Neo4jError, type Driver, type QueryResult, type Session, type SessionMode } from 'neo4j-driver';
import { StoreUnavailableError } from '../../domain/errors.js';
import { mapDriverError } from './errors.js';

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** Neo4j cancels a transaction that runs longer than this (a slow store must not hold a request forever) */
  transactionTimeoutMs?: number;
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

/** The parameters with each value as toCypherValue sends it. */
function cypherParams(params: Params): Params {
  return Object.fromEntries(Object.entries(params).map(([name, value]) => [name, toCypherValue(value)]));
}

/**
 * A read whose rows come back typed: `decode` builds each one from its columns with the checks of
 * rows.ts, so a row of the wrong shape fails here, naming the column, instead of further on.
 */
export async function readRows<T>(client: Neo4jClient, statement: string, params: Params, decode: (row: Row) => T): Promise<T[]> {
  return (await client.read(statement, params)).map((row) => decode(row));
}

/** What runIn needs of a transaction. */
interface Runner {
  run(statement: string, params: Params): Promise<QueryResult>;
}

async function runIn(tx: Runner, statement: string, params: Params): Promise<WriteResult> {
  const result = await tx.run(statement, cypherParams(params));
  return { rows: result.records.map((r) => r.toObject()), relationshipsCreated: result.summary.counters.updates().relationshipsCreated };
}

/** Used when the connection names no transaction timeout. */
export const DEFAULT_TRANSACTION_TIMEOUT_MS = 10_000;
/** A write (a whole document's ingest, a migration) may take longer than one read, never unbounded. */
const MIN_WRITE_TIMEOUT_MS = 60_000;

/**
 * How the driver meets an outage. A refused or unanswered connection fails in seconds, not the driver's
 * defaults (a 30 s connect, a 60 s wait for a pooled connection, 30 s of retries): a request that cannot
 * be answered says so quickly, and every later call tries afresh, so the server recovers by itself.
 */
const CONNECT_TIMEOUT_MS = 2_000;
const ACQUIRE_TIMEOUT_MS = 3_000;
/** Transient failures (deadlocks, a cluster's leader moving) are retried for this long at most. */
const RETRY_WINDOW_MS = 10_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Whether to try a failed transaction again, and after how long. Transient errors are retried with
 * backoff; an unreachable server only once at once (a connection the pool kept across a restart of Neo4j
 * fails like an outage), so an outage costs one connection attempt or two, never a retry loop.
 */
function retryDelay(error: unknown, attempt: number): number | null {
  if (!(error instanceof Neo4jError) || !error.retryable) return null;
  if (error.code === 'ServiceUnavailable') return attempt === 1 ? 0 : null;
  return Math.min(100 * 2 ** (attempt - 1), 2_000) * (0.8 + Math.random() * 0.4);
}

/**
 * One driver for the process, closed by `close()`. Each write runs in one explicit transaction and each
 * read in an auto-commit one, with a timeout, in a session of its access mode (so a neo4j:// cluster routes it to a reader or the
 * leader), retried by `retryDelay`'s rules rather than the driver's (which retry an outage for
 * maxTransactionRetryTime); the database is always named, so no session falls back to the default one.
 */
export function createNeo4jClient(connection: Neo4jConnection): Neo4jClient {
  return new DriverClient(connection);
}

class DriverClient implements Neo4jClient {
  readonly uri: string;
  readonly database: string;
  private readonly readTimeout: number;
  private readonly driver: Driver;
  private closed = false;

  constructor(connection: Neo4jConnection) {
    this.uri = connection.uri;
    this.database = connection.database;
    this.readTimeout = connection.transactionTimeoutMs ?? DEFAULT_TRANSACTION_TIMEOUT_MS;
    this.driver = neo4j.driver(this.uri, neo4j.auth.basic(connection.user, connection.password), {
      // integers come back as JS numbers: no driver Integer escapes the adapter (our values fit in 2^53)
      disableLosslessIntegers: true,
      connectionTimeout: CONNECT_TIMEOUT_MS,
      connectionAcquisitionTimeout: ACQUIRE_TIMEOUT_MS,
      maxTransactionRetryTime: 0,
    });
  }

  verify(): Promise<void> {
    return this.guarded(async () => {
      await this.driver.verifyConnectivity({ database: this.database });
      // connectivity alone does not prove the database exists; an auto-commit query fails at once (no retries)
      const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
      try {
        await session.run('RETURN 1', {}, { timeout: this.readTimeout });
      } finally {
        await session.close();
      }
    });
  }

  read(statement: string, params: Params = {}): Promise<Row[]> {
    return this.guarded(() => this.readOnce(statement, params));
  }

  // errors thrown by `work` itself are not the driver's, so they are never retried: rolled back and rethrown
  write<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
    return this.guarded(() =>
      this.inTransaction(neo4j.session.WRITE, (tx) => work({ run: (statement, params = {}) => runIn(tx, statement, params) })),
    );
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.driver.close();
  }

  private async guarded<T>(action: () => Promise<T>): Promise<T> {
    if (this.closed) throw new StoreUnavailableError(`the Neo4j store for ${this.uri} is closed`);
    try {
      return await action();
    } catch (error) {
      throw mapDriverError(error, { uri: this.uri, database: this.database });
    }
  }

  /** Runs `work` in a fresh session of the mode, again after a failure `retryDelay` says to retry. */
  private async withRetries<T>(mode: SessionMode, work: (session: Session) => Promise<T>): Promise<T> {
    const deadline = Date.now() + RETRY_WINDOW_MS;
    for (let attempt = 1; ; attempt++) {
      const session = this.driver.session({ database: this.database, defaultAccessMode: mode });
      try {
        return await work(session);
      } catch (error) {
        const delay = retryDelay(error, attempt);
        if (delay === null || Date.now() + delay > deadline) throw error;
        await sleep(delay);
      } finally {
        await session.close().catch(() => undefined);
      }
    }
  }

  /** Runs `work` in a transaction committed when it resolves, rolled back when it throws. */
  private inTransaction<T>(mode: SessionMode, work: (tx: Runner) => Promise<T>): Promise<T> {
    const timeout = mode === neo4j.session.WRITE ? Math.max(this.readTimeout, MIN_WRITE_TIMEOUT_MS) : this.readTimeout;
    return this.withRetries(mode, async (session) => {
      const tx = await session.beginTransaction({ timeout });
      try {
        const result = await work(tx);
        await tx.commit();
        return result;
      } catch (error) {
        if (tx.isOpen()) await tx.rollback().catch(() => undefined);
        throw error;
      }
    });
  }

  // A read is one statement, so it runs as an auto-commit transaction (with the same timeout): BEGIN, RUN
  // and PULL go out together and no COMMIT follows, one exchange with the server where an explicit
  // transaction takes three (BEGIN, RUN + PULL, COMMIT), each a wait that every request pays per level.
  private readOnce(statement: string, params: Params): Promise<Row[]> {
    return this.withRetries(neo4j.session.READ, async (session) => {
      const result = await session.run(statement, cypherParams(params), { timeout: this.readTimeout });
      return result.records.map((r) => r.toObject());
    });
  }
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
