import type Database from 'better-sqlite3';

export type Db = Database.Database;
export type Statement = Database.Statement;

/** Statements are prepared once per connection and reused; the SQL text is the cache key. */
export class PreparedStatements {
  private readonly cache = new Map<string, Statement>();
  constructor(private readonly db: Db) {}

  get(sql: string): Statement {
    let statement = this.cache.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.cache.set(sql, statement);
    }
    return statement;
  }
}
