import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openEmbeddedStore } from '../../src/storage/embedded/index.js';
import type { GraphStore } from '../../src/storage/graph-store.js';
import { openNeo4jStore } from '../../src/storage/neo4j/index.js';
import { describeNeo4j, resetNeo4jDatabase, useNeo4jTestClient } from '../support/neo4j.js';
import { kgProcess } from './kg-process.js';

/*
 * Two real `kg ingest` processes at once, writing documents about the same people into one store. Before
 * resolution and the write shared one locked transaction, both read "nobody by that name yet", both
 * created the person (two namesakes: "Marat Kobelov" and "Kobelov Marat") and both reported "created".
 * The race needs the two resolutions to overlap, so each round uses documents with many people and the
 * test runs several rounds; against the old code it failed in every run we tried (see the commit message).
 */

const PEOPLE = 120;
const GIVEN = ['Marat', 'Aigul', 'Yerlan', 'Dana', 'Timur', 'Saule', 'Nurlan', 'Gulnara', 'Askar', 'Zhanna'];
const SYLLABLES = ['ko', 'be', 'ra', 'mi', 'tu', 'sa', 'le', 'no', 'di', 'ga', 'vo', 'shi'];

/** Invented people with invented surnames (three syllables, then -ov): distinct and not real. */
function people(): Array<{ given: string; surname: string }> {
  return Array.from({ length: PEOPLE }, (_, i) => {
    const s = [i % 12, Math.floor(i / 12) % 12, (i * 7 + 3) % 12].map((k) => SYLLABLES[k]).join('');
    return { given: GIVEN[i % GIVEN.length], surname: `${s[0].toUpperCase()}${s.slice(1)}ov` };
  });
}

/** One article naming every person; `surnameFirst` writes "Kobelov Marat" (with "Marat Kobelov" as an alias). */
function documentAbout(title: string, surnameFirst: boolean) {
  const entities = people().map((p, i) => {
    const natural = `${p.given} ${p.surname}`;
    const name = surnameFirst ? `${p.surname} ${p.given}` : natural;
    return { key: `p${i}`, type: 'PERSON', name, aliases: surnameFirst ? [natural] : [], mentions: [name] };
  });
  const text = `${title}. Named in the case: ${entities.map((e) => e.name).join(', ')}.`;
  return { format: 'kg-extraction/1', article: { title, text }, entities };
}

function writeDocuments(dir: string): [string, string] {
  mkdirSync(dir, { recursive: true });
  const a = join(dir, 'a.json');
  const b = join(dir, 'b.json');
  writeFileSync(a, JSON.stringify(documentAbout('Trial of the Almaty group opens', false)));
  writeFileSync(b, JSON.stringify(documentAbout('Almaty group: the defendants', true)));
  return [a, b];
}

interface JsonRun {
  totals: { created: number; merged: number; failed: number };
  reports: Array<{ outcomes: Array<{ id: string; outcome: string }> }>;
}

/** Runs both ingests at once and checks the store and the two reports. */
async function raceOnce(env: Record<string, string>, dir: string, openStore: () => Promise<GraphStore>): Promise<void> {
  const [a, b] = writeDocuments(dir);
  const runs = await Promise.all([kgProcess(env, 'ingest', '--json', a), kgProcess(env, 'ingest', '--json', b)]);
  for (const run of runs) expect(run.code, run.stderr).toBe(0);
  const [first, second] = runs.map((r) => JSON.parse(r.stdout) as JsonRun);

  const store = await openStore();
  try {
    const stored = await store.listEntities({ type: 'PERSON', after: null, first: 10 * PEOPLE });
    // no namesakes: each person is one entity, whichever process got there first
    expect(stored.length).toBe(PEOPLE);
  } finally {
    await store.close();
  }
  // truthful reports: every person created exactly once across the two, merged into by the other
  const created = [first, second].flatMap((r) => r.reports[0].outcomes.filter((o) => o.outcome === 'created').map((o) => o.id));
  expect(new Set(created).size).toBe(created.length);
  expect(created.length).toBe(PEOPLE);
  expect(first.totals.created + second.totals.created).toBe(PEOPLE);
  expect(first.totals.merged + second.totals.merged).toBe(PEOPLE);
}

const ROUNDS = 4;

describe('two concurrent kg ingest processes on one embedded store', () => {
  const root = mkdtempSync(join(tmpdir(), 'kg-race-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it(`create each person once and report truthfully (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const dataDir = join(root, `round-${round}`);
      await raceOnce({ KG_DATA_DIR: dataDir, NEO4J_URI: '' }, join(dataDir, 'docs'), () => openEmbeddedStore(dataDir));
    }
  }, 240_000);
});

describeNeo4j('two concurrent kg ingest processes on Neo4j', (config) => {
  const client = useNeo4jTestClient();
  const root = mkdtempSync(join(tmpdir(), 'kg-race-neo4j-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const env = { NEO4J_URI: config.uri, NEO4J_USER: config.user, NEO4J_PASSWORD: config.password, NEO4J_DATABASE: config.database };

  it(`create each person once and report truthfully (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      await resetNeo4jDatabase(client());
      await raceOnce(env, join(root, `round-${round}`), () => openNeo4jStore(config));
    }
  }, 480_000);
});
