import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { ConfigError } from '../../src/domain/errors.js';

function problemsOf(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message;
  }
  throw new Error('expected a ConfigError');
}

describe('configuration from the environment', () => {
  it('defaults to the embedded store in ./data on port 4000', () => {
    expect(loadConfig({})).toMatchObject({ port: 4000, store: { kind: 'embedded', dataDir: './data' }, trace: false });
  });

  it('reads the query limits, CORS origins and production defaults, and names a bad limit', () => {
    const config = loadConfig({ KG_MAX_COST: '5000', KG_CORS_ORIGINS: 'https://a.example, http://b.example:8080', NODE_ENV: 'production' });
    expect(config.limits.cost).toBe(5000);
    expect(config.limits.depth).toBe(12);
    expect(config.corsOrigins).toEqual(['https://a.example', 'http://b.example:8080']);
    expect(config).toMatchObject({ graphiql: false, fieldSuggestions: false });
    expect(loadConfig({ NODE_ENV: 'production', KG_GRAPHIQL: '1' }).graphiql).toBe(true);
    expect(problemsOf({ KG_MAX_DEPTH: '0', KG_CORS_ORIGINS: '*' })).toMatch(
      /KG_MAX_DEPTH: must be between 1 and 100[\s\S]*KG_CORS_ORIGINS: must be a comma-separated list/,
    );
  });

  it('uses Neo4j when NEO4J_URI is set', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j://db.example:7687', NEO4J_PASSWORD: 'secret-pass', NEO4J_DATABASE: 'kg' });
    expect(config.store).toEqual({
      kind: 'neo4j',
      uri: 'neo4j://db.example:7687',
      user: 'neo4j',
      password: 'secret-pass',
      database: 'kg',
      transactionTimeoutMs: 10_000,
    });
    expect(loadConfig({ NEO4J_URI: 'bolt://x:7687', NEO4J_PASSWORD: 'p', KG_STORE_TIMEOUT_MS: '2500' }).store).toMatchObject({
      transactionTimeoutMs: 2500,
    });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT: must be a number'],
    [{ PORT: '0' }, 'PORT: must be between 1 and 65535'],
    [{ PORT: '4000.5' }, 'PORT: must be a whole number'],
    [{ NEO4J_URI: 'http://localhost:7474' }, 'NEO4J_URI: must be a neo4j:// or bolt:// URI'],
    [{ NEO4J_URI: 'bolt://localhost:7687' }, 'NEO4J_PASSWORD: must be set when NEO4J_URI is set'],
    [{ NEO4J_DATABASE: 'my db' }, 'NEO4J_DATABASE: must be a Neo4j database name'],
    [{ KG_TRACE: 'yes' }, 'KG_TRACE: must be 0 or 1'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL:'],
    [{ KG_STORE_TIMEOUT_MS: '50' }, 'KG_STORE_TIMEOUT_MS: must be between 100 and 600000'],
  ])('%j is rejected naming the variable', (env, message) => {
    expect(problemsOf(env)).toContain(message);
  });

  it('reports every bad variable at once', () => {
    const message = problemsOf({ PORT: 'x', KG_TRACE: '2' });
    expect(message).toContain('PORT');
    expect(message).toContain('KG_TRACE');
  });

  describe('access tokens', () => {
    const token = 'a-long-enough-token-123';

    it('keeps only digests of the tokens, with the names they are given under', () => {
      const { access } = loadConfig({
        KG_EDITOR_TOKENS: `Ada:${token}, Bo Ng:another-long-token-456`,
        KG_READER_TOKENS: 'Web:reader-token-0123456789',
      });
      expect(access.editors.map((t) => t.name)).toEqual(['Ada', 'Bo Ng']);
      expect(access.readers.map((t) => t.name)).toEqual(['Web']);
      expect(JSON.stringify(access)).not.toContain(token);
      expect(access.requireReaderToken).toBe(false);
    });

    it('has no editor by default, so editing is off', () => {
      expect(loadConfig({}).access).toEqual({ editors: [], readers: [], requireReaderToken: false });
      expect(loadConfig({ KG_REQUIRE_READER_TOKEN: '1' }).access.requireReaderToken).toBe(true);
    });

    it.each([
      [{ KG_EDITOR_TOKENS: 'just-a-token-without-a-name' }, 'KG_EDITOR_TOKENS: entry 1 must be name:token'],
      [{ KG_EDITOR_TOKENS: 'Ada:short' }, 'KG_EDITOR_TOKENS: entry 1 (Ada): the token must be at least 16 characters'],
      [{ KG_READER_TOKENS: `A:${token},B:${token}` }, 'KG_READER_TOKENS: entry 2 (B): the same token is given twice'],
      [{ KG_REQUIRE_READER_TOKEN: 'yes' }, 'KG_REQUIRE_READER_TOKEN: must be 0 or 1'],
    ])('%j is rejected naming the variable and never quoting a token', (env, message) => {
      const problems = problemsOf(env);
      expect(problems).toContain(message);
      expect(problems).not.toContain(token);
      expect(problems).not.toContain('short');
    });
  });
});
