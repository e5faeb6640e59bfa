import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { neo4jConfig, neo4jRequired } from '../support/neo4j.js';
import { bootloaderDryRun, confLinesOfImageEnvironment, interpolateCompose } from '../support/neo4j-image.js';
import { repoRoot } from '../support/server-process.js';

/*
 * docker-compose.yml's neo4j service, checked the way this machine allows (no Docker): its environment,
 * rendered into neo4j.conf by the image's documented rules, must pass the strict validation of Neo4j's
 * bootloader, which otherwise refuses to start and the app waits forever for a healthy database.
 * Needs Java and the jars of scripts/neo4j.sh, so it runs where the Neo4j suites run.
 */

const PASSWORD = 'a-long-compose-password';

interface ComposeService {
  environment?: Record<string, string | number> | string[];
  healthcheck?: { test: string[] };
}

/** A service's environment after compose's substitution, as the container sees it. */
function serviceEnvironment(service: ComposeService): Record<string, string> {
  const raw = service.environment ?? {};
  const entries = Array.isArray(raw) ? raw.map((line) => line.split(/=(.*)/s).slice(0, 2)) : Object.entries(raw);
  return Object.fromEntries(entries.map(([name, value]) => [name, interpolateCompose(String(value ?? ''), { NEO4J_PASSWORD: PASSWORD })]));
}

function neo4jServiceOf(composeYaml: string): ComposeService {
  return (parse(composeYaml) as { services: Record<string, ComposeService> }).services.neo4j;
}

/** The neo4j service as it was before issue 7: the password also passed as NEO4J_PASSWORD. */
const BEFORE = `
services:
  neo4j:
    environment:
      NEO4J_AUTH: neo4j/\${NEO4J_PASSWORD:?set NEO4J_PASSWORD (8 characters or more)}
      NEO4J_PASSWORD: \${NEO4J_PASSWORD}
      NEO4J_server_memory_heap_initial__size: 512m
`;

const wanted = neo4jConfig !== null || neo4jRequired;
(wanted ? describe : describe.skip)('docker-compose.yml: the neo4j service', { timeout: 180_000 }, () => {
  const service = neo4jServiceOf(readFileSync(`${repoRoot}/docker-compose.yml`, 'utf8'));
  const env = serviceEnvironment(service);

  it('sets the password through NEO4J_AUTH only, and the healthcheck logs in with it', () => {
    expect(env.NEO4J_AUTH).toBe(`neo4j/${PASSWORD}`);
    const settings = confLinesOfImageEnvironment(env).map((line) => line.split('=')[0]);
    expect(
      settings.every((s) => /^(server|db|dbms|initial|browser)\./.test(s)),
      settings.join(', '),
    ).toBe(true);
    const healthcheck = service.healthcheck!.test.join(' ');
    // every variable the healthcheck reads must be in the container's environment ($$ is compose's escape for $)
    const read = [...healthcheck.matchAll(/\$\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]);
    expect(read.length).toBeGreaterThan(0);
    for (const name of read) expect(env, `healthcheck reads ${name}`).toHaveProperty(name);
  });

  it('renders a neo4j.conf that Neo4j 5.26 accepts (bootloader --dry-run)', async () => {
    const { code, output } = await bootloaderDryRun(confLinesOfImageEnvironment(env));
    expect(output).not.toContain('Unrecognized setting');
    expect(code, output).toBe(0);
    expect(output).toContain('org.neo4j.server.CommunityEntryPoint');
    // the service's memory settings reached the JVM: they were read as settings, not ignored
    expect(output).toContain('-Xmx1048576k');
  });

  it('is what broke before: NEO4J_PASSWORD becomes PASSWORD=, which the bootloader refuses', async () => {
    const lines = confLinesOfImageEnvironment(serviceEnvironment(neo4jServiceOf(BEFORE)));
    expect(lines).toContain(`PASSWORD=${PASSWORD}`);
    const { code, output } = await bootloaderDryRun(lines);
    expect(code).not.toBe(0);
    expect(output).toContain('No declared setting with name: PASSWORD');
  });
});
