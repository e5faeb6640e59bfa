import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { postQuery, repoRoot, startServer } from '../support/server-process.js';

/*
 * The image as users run it, checked without Docker: the Dockerfile's final stage runs node itself on the
 * compiled JavaScript as a non-root user, and that very command (built by `npm run build`) serves and
 * stops gracefully on SIGTERM.
 */

interface Stage {
  from: string;
  instructions: { op: string; args: string }[];
}

function stagesOf(dockerfile: string): Stage[] {
  const lines = dockerfile
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const stages: Stage[] = [];
  for (const line of lines) {
    const [, op, args] = /^(\S+)\s+(.*)$/.exec(line)!;
    if (op.toUpperCase() === 'FROM') stages.push({ from: args, instructions: [] });
    else stages.at(-1)!.instructions.push({ op: op.toUpperCase(), args });
  }
  return stages;
}

const stages = stagesOf(readFileSync(join(repoRoot, 'Dockerfile'), 'utf8'));
const final = stages.at(-1)!;
const last = (op: string) => final.instructions.filter((i) => i.op === op).at(-1);
const command = JSON.parse(last('CMD')!.args) as string[];

const outDir = mkdtempSync(join(repoRoot, '.dist-test-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('Dockerfile', () => {
  it('runs node itself (exec form, no npm or tsx, no shell) on compiled JavaScript, as a non-root user', () => {
    expect(last('ENTRYPOINT')).toBeUndefined();
    expect(command[0]).toBe('node');
    expect(command).toEqual(['node', expect.stringMatching(/^dist\/.+\.js$/)]);
    expect(JSON.stringify(command)).not.toMatch(/npm|tsx/);
    expect(last('USER')?.args).toMatch(/^(?!root\b|0\b)\S+$/);
    // the compiled code comes from a stage that ran the build, and dev dependencies stay behind
    expect(final.instructions.some((i) => i.op === 'COPY' && /--from=\S+ \/app\/dist/.test(i.args))).toBe(true);
    expect(stages.slice(0, -1).some((s) => s.instructions.some((i) => i.op === 'RUN' && i.args.includes('npm run build')))).toBe(true);
    expect(final.instructions.some((i) => i.op === 'RUN' && /\bnpm (ci|install)\b/.test(i.args) && !i.args.includes('--omit=dev'))).toBe(
      false,
    );
  });

  it("'s command, built as the image builds it, serves the seeded graph and stops cleanly on SIGTERM", async () => {
    await promisify(execFile)('npx', ['tsc', '-p', 'tsconfig.build.json', '--outDir', outDir], { cwd: repoRoot, timeout: 120_000 });
    const script = join(relative(repoRoot, outDir), command[1].replace(/^dist\//, ''));
    const dataDir = mkdtempSync(join(tmpdir(), 'kg-image-'));
    try {
      const server = await startServer({ NEO4J_URI: '', KG_DATA_DIR: dataDir }, { args: [script] });
      const { body } = await postQuery(server.url, '{ search(query: "Duvanov", first: 1) { entity { id } } }');
      expect(body.data.search[0].entity.id).toBe('person:sergei-duvanov');
      // the explorer's script is bundled from src/explore, which the image copies beside dist/
      const copied = final.instructions.filter((i) => i.op === 'COPY' && !i.args.startsWith('--from')).map((i) => i.args.split(/\s+/)[0]);
      expect(copied).toContain('src/explore');
      const bundle = await fetch(`${server.url}/explore/app.js`);
      expect(bundle.status).toBe(200);
      expect((await bundle.text()).length).toBeGreaterThan(10_000);
      expect(await server.stop()).toBe(0);
      expect(server.logs()).toContain('"msg":"stopped"');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 180_000);
});
