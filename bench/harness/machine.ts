import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';

/** What the numbers were measured on: cores, memory, load, versions. */
export function machineFacts() {
  const pkg = (name: string) => {
    try {
      return (JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string }).version;
    } catch {
      return 'unknown';
    }
  };
  let _java = 'unknown';
  try {
    _java = execFileSync('java', ['-version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).split('\n')[0] || 'unknown';
  } catch (error) {
    _java = String((error as { stderr?: string }).stderr ?? '').split('\n')[0] || 'unknown';
  }
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    loadBefore: os.loadavg(),
    node: process.version,
    versions: {
      'neo4j-driver': pkg('neo4j-driver'),
      '@neo4j/graphql': pkg('@neo4j/graphql'),
      'graphql-yoga': pkg('graphql-yoga'),
      graphql: pkg('graphql'),
      autocannon: pkg('autocannon'),
      'better-sqlite3': pkg('better-sqlite3'),
    },
  };
}
