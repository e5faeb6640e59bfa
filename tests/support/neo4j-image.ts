import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/*
 * What the official neo4j:5 image does with its environment, after its entrypoint
 * (github.com/neo4j/docker-neo4j, docker-image-src/5/coredb/docker-entrypoint.sh, "ENVIRONMENT VARIABLE
 * CONFIGURATIONS"): every NEO4J_* variable except the image's own control variables and *_FILE secrets,
 * with a non-empty value, becomes a neo4j.conf line: NEO4J_ dropped, `_` -> `.`, then `..` -> `_`
 * (NEO4J_server_memory_heap_max__size -> server.memory.heap.max_size); names starting with a digit are
 * skipped. Before that it appends its defaults (add_docker_default_to_conf) unless the conf has them.
 */
const NOT_CONFIGS = new Set([
  'NEO4J_ACCEPT_LICENSE_AGREEMENT',
  'NEO4J_AUTH',
  'NEO4J_AUTH_PATH',
  'NEO4J_DEBUG',
  'NEO4J_EDITION',
  'NEO4J_HOME',
  'NEO4J_PLUGINS',
  'NEO4J_SHA256',
  'NEO4J_TARBALL',
  'NEO4J_DEPRECATION_WARNING',
]);
const DOCKER_DEFAULTS = ['server.memory.pagecache.size=512M', 'server.default_listen_address=0.0.0.0'];

/** The neo4j.conf lines the image writes for an environment. */
export function confLinesOfImageEnvironment(env: Record<string, string>): string[] {
  const settings = new Map<string, string>();
  for (const name of Object.keys(env)
    .filter((n) => n.startsWith('NEO4J_'))
    .sort()
    .reverse()) {
    if (NOT_CONFIGS.has(name) || name.endsWith('_FILE') || env[name] === '') continue;
    const setting = name.slice('NEO4J_'.length).replaceAll('_', '.').replaceAll('..', '_');
    if (/^[0-9]/.test(setting)) continue;
    settings.set(setting, env[name]);
  }
  const defaults = DOCKER_DEFAULTS.filter((line) => !settings.has(line.split('=')[0]));
  return [...defaults, ...[...settings].map(([setting, value]) => `${setting}=${value}`)];
}

/** Compose's variable substitution for the forms our compose file uses: ${VAR}, ${VAR:?message}, ${VAR:-default}. */
export function interpolateCompose(value: string, variables: Record<string, string>): string {
  return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:\?|:-)([^}]*))?\}/g, (_, name: string, operator?: string, operand?: string) => {
    const given = variables[name];
    if (given !== undefined && given !== '') return given;
    if (operator === ':?') throw new Error(`compose refuses to start: ${name}: ${operand}`);
    return operator === ':-' ? operand! : '';
  });
}

/** Where scripts/neo4j.sh keeps the downloaded Neo4j jars. */
export function neo4jLibDir(): string {
  const jars = process.env.KG_NEO4J_JARS ?? join(process.env.KG_NEO4J_HOME ?? join(homedir(), '.cache/kg-neo4j'), 'dist');
  return join(jars, process.env.KG_NEO4J_VERSION ?? '5.26.30', 'lib');
}

/**
 * Neo4j's own bootloader (what the image's `neo4j console` runs) validating a neo4j.conf of these lines
 * with `--dry-run`: it checks the configuration strictly, as a start would, and prints the server's
 * command line instead of running it.
 */
export async function bootloaderDryRun(confLines: string[]): Promise<{ code: number; output: string }> {
  const home = mkdtempSync(join(tmpdir(), 'kg-neo4j-conf-'));
  const lib = neo4jLibDir();
  mkdirSync(join(home, 'conf'));
  const directories = [
    `server.directories.lib=${lib}`,
    ...['data', 'logs', 'run', 'plugins', 'import'].map((d) => `server.directories.${d}=${join(home, d)}`),
  ];
  writeFileSync(join(home, 'conf', 'neo4j.conf'), [...directories, ...confLines, ''].join('\n'));
  const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  try {
    const { stdout, stderr } = await promisify(execFile)(
      java,
      ['-Xmx128m', '-XX:+UseSerialGC', '-cp', `${lib}/*`, 'org.neo4j.server.startup.Neo4jCommand', 'console', '--dry-run'],
      {
        env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: join(home, 'conf') },
        timeout: 120_000,
      },
    );
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code?: number | string; stdout?: string; stderr?: string };
    if (typeof e.code !== 'number') throw error;
    return { code: e.code, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}
