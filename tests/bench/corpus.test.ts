import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus/generate.js';
import { readDocuments } from '../../bench/harness/corpus-file.js';
import { writeCorpus } from '../../bench/corpus/write.js';
import { ingestDocument } from '../../src/ingest/ingest.js';
import { validateExtraction } from '../../src/ingest/validate.js';
import { openEmbeddedStore } from '../../src/storage/embedded/index.js';

const dir = mkdtempSync(join(tmpdir(), 'kg-corpus-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const lines = (path: string) => readFileSync(path, 'utf8').trimEnd().split('\n');

describe('the benchmark corpus generator', () => {
  it('writes byte-identical output for the same seed and different output for another', async () => {
    const [a, b, c] = [join(dir, 'a.jsonl'), join(dir, 'b.jsonl'), join(dir, 'c.jsonl')];
    await writeCorpus({ entities: 600, seed: 'same' }, a);
    await writeCorpus({ entities: 600, seed: 'same' }, b);
    await writeCorpus({ entities: 600, seed: 'other' }, c);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
    expect(readFileSync(`${a}.manifest.json`).equals(readFileSync(`${b}.manifest.json`))).toBe(true);
    expect(readFileSync(a).equals(readFileSync(c))).toBe(false);
  });

  it('writes documents that pass the project validation, with hubs, recurring people and name variants', () => {
    const docs = [...generateCorpus({ entities: 1500, seed: 'valid' })];
    for (const [i, doc] of docs.entries()) expect(() => validateExtraction(doc, `document ${i}`)).not.toThrow();
    const appearances = new Map<string, number>();
    const names = new Map<string, Set<string>>();
    for (const doc of docs) {
      for (const e of doc.entities) {
        appearances.set(e.key, (appearances.get(e.key) ?? 0) + 1);
        names.set(e.key, (names.get(e.key) ?? new Set()).add(e.name));
      }
    }
    const counts = [...appearances.values()].sort((x, y) => y - x);
    expect(counts[0]).toBeGreaterThan(docs.length / 10); // a hub in more than a tenth of the articles
    expect(counts.filter((n) => n >= 3).length).toBeGreaterThan(50); // people and outlets recur
    expect([...names.values()].filter((n) => n.size > 1).length).toBeGreaterThan(20); // spelt differently
    expect(docs.flatMap((d) => d.entities).some((e) => /[\u0400-\u04ff]/.test(e.name))).toBe(true); // in Cyrillic too
    expect(docs.flatMap((d) => d.events).filter((e) => e.participants.length >= 3).length).toBeGreaterThan(20);
  });

  it('becomes, once ingested, exactly the graph its manifest predicts (variants merged, no two people fused)', async () => {
    const path = join(dir, 'ingest.jsonl');
    const manifest = await writeCorpus({ entities: 400, seed: 'ingest' }, path);
    const store = await openEmbeddedStore(join(dir, 'store'));
    try {
      await store.migrate();
      let relationships = 0;
      for (const line of lines(path)) relationships += (await ingestDocument(store, JSON.parse(line))).relationshipsCreated;
      const { byType } = manifest.expected;
      for (const type of ['PERSON', 'ORGANISATION', 'PLACE', 'EVENT'] as const)
        expect([type, await store.countEntities(type)]).toEqual([type, byType[type]]);
      expect(relationships).toBe(manifest.expected.relationships);
      const [hub] = await store.getNodes([manifest.probes.hubPerson.id]);
      expect(hub).toMatchObject({ name: manifest.probes.hubPerson.name });
    } finally {
      await store.close();
    }
  }, 120_000);

  it('reads the corpus back a slice at a time, each document as written', async () => {
    const path = join(dir, 'slices.jsonl');
    await writeCorpus({ entities: 300, seed: 'slices' }, path);
    const all = lines(path).map((line) => JSON.parse(line) as unknown);
    expect([...readDocuments(path)]).toEqual(all);
    expect([...readDocuments(path, { from: 3, count: 2 })]).toEqual(all.slice(3, 5));
    expect([...readDocuments(path, { from: all.length - 1, count: 10 })]).toEqual(all.slice(-1));
    expect([...readDocuments(path, { from: all.length })]).toEqual([]);
  });
});
