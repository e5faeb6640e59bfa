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

  it('uses Neo4j when NEO4J_URI is set', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j://db.example:7687', NEO4J_PASSWORD: 'secret-pass', NEO4J_DATABASE: 'kg' });
    expect(config.store).toEqual({ kind: 'neo4j', uri: 'neo4j://db.example:7687', user: 'neo4j', password: 'secret-pass', database: 'kg' });
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
  ])('%j is rejected naming the variable', (env, message) => {
    expect(problemsOf(env)).toContain(message);
  });

  it('reports every bad variable at once', () => {
    const message = problemsOf({ PORT: 'x', KG_TRACE: '2' });
    expect(message).toContain('PORT');
    expect(message).toContain('KG_TRACE');
  });
});
