import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../src/ingest/ingest.js';
import { loadSeedDocuments } from '../../src/ingest/seed.js';
import { validateExtraction } from '../../src/ingest/validate.js';
import type { ExtractionDocument } from '../../src/ingest/extraction-format.js';
import { testStores } from '../support/stores.js';

/*
 * The fictional follow-up articles (tests/fixtures/follow-ups, kg-extraction/2) about the seed's case.
 * Each is checked by the validator, and checked to still hold the situations it was written for, so an
 * edit cannot quietly drop one. How they merge is for the claims model's own tests to assert.
 */
const dir = new URL('../fixtures/follow-ups/', import.meta.url);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort();
const raw = (file: string): unknown => JSON.parse(readFileSync(new URL(file, dir), 'utf8'));
const docs = new Map<string, ExtractionDocument>();
for (const file of files) docs.set(file, validateExtraction(raw(file), file));
const doc = (file: string) => docs.get(file)!;
const originals = files.filter((f) => !f.includes('.corrected.'));
const seed = validateExtraction(loadSeedDocuments()[0].json, 'seed');

const entityNamed = (d: ExtractionDocument, name: string) => d.entities.find((e) => e.name === name);
const eventNamed = (d: ExtractionDocument, pattern: RegExp) => d.events.find((e) => pattern.test(e.name))!;
const relationship = (d: ExtractionDocument, type: string) => d.relationships.filter((r) => r.type === type);

describe('follow-up articles (kg-extraction/2 fixtures)', () => {
  it('are 3 articles of 150-400 words and one corrected version, each valid', () => {
    expect(originals).toHaveLength(3);
    expect(files).toHaveLength(4);
    for (const file of originals) {
      const words = doc(file).article.text.split(/\s+/).length;
      expect(words, file).toBeGreaterThanOrEqual(150);
      expect(words, file).toBeLessThanOrEqual(400);
      expect(doc(file).sourceFormat).toBe('kg-extraction/2');
    }
  });

  it('spell the names other ways than the seed and each other', () => {
    const [a, b, c] = originals.map(doc);
    expect(entityNamed(a, 'Mariya Pulman')).toBeDefined();
    expect(entityNamed(b, 'Maria Pulman')).toBeDefined();
    expect(entityNamed(a, 'Sergey Duvanov') && entityNamed(b, 'Sergei Duvanov')).toBeTruthy();
    expect(entityNamed(a, 'Nursultan Nazarbayev') && entityNamed(c, 'Nursultan Nazarbaev')).toBeTruthy();
    expect(entityNamed(b, 'Mukhtar Abliazov') && entityNamed(c, 'Petr Svoik') && entityNamed(a, 'Nurbolat Masanov')).toBeTruthy();
    // an organisation by its full name in one, its acronym alone in another
    expect(entityNamed(a, 'Almaty Press Freedom Centre')?.aliases).toEqual([]);
    expect(entityNamed(b, 'APFC')).toMatchObject({ type: 'ORGANISATION', aliases: [] });
    // one prison, three ways: the seed's "Zarechnoye prison", a penal colony, the colony at
    const prisons = [...originals.map(doc), seed].flatMap((d) =>
      d.entities.filter((e) => e.type === 'ORGANISATION' && e.kind === 'PRISON').map((e) => e.name),
    );
    expect(new Set(prisons)).toEqual(new Set(['Zarechnoye prison', 'Zarechnoye penal colony', 'the colony at Zarechnoye']));
  });

  it('disagree: arrest on the 28th and the 27th, CONFIRMED beside REPORTED, DENIED beside asserted', () => {
    const [a, b, c] = originals.map(doc);
    expect([eventNamed(a, /arrest/i).date?.day, eventNamed(b, /detention/i).date?.day]).toEqual([28, 27]);
    expect(relationship(b, 'REPRESENTS')[0].status).toBe('CONFIRMED');
    expect(relationship(a, 'REPRESENTS')[0].status).toBe('REPORTED');
    expect(relationship(c, 'REPRESENTS')[0].status).toBe('REPORTED');
    expect(relationship(b, 'LEADS')[0]).toMatchObject({ status: 'DENIED', saidBy: 'dck-spokesman' });
    expect(relationship(seed, 'LEADS')[0]).toMatchObject({ from: 'mukhtar-ablyazov', status: 'REPORTED' });
  });

  it('attribute claims to named people and to unnamed actors', () => {
    const [a, b] = originals.map(doc);
    const actorKeys = (d: ExtractionDocument) => new Set(d.actors.map((x) => x.key));
    const allegedBy = (d: ExtractionDocument) => [
      ...d.relationships.filter((r) => r.status === 'ALLEGED').map((r) => r.saidBy),
      ...d.events.flatMap((e) => e.participants.filter((p) => p.status === 'ALLEGED').map((p) => p.saidBy)),
    ];
    expect(allegedBy(a)).toEqual(expect.arrayContaining(['prosecution', 'supporters', 'masanov']));
    expect(actorKeys(a).has('prosecution') && actorKeys(a).has('supporters')).toBe(true);
    expect(allegedBy(b)).toContain('prosecution');
    expect(relationship(b, 'WORKS_FOR').map((r) => [r.status, r.saidBy])).toEqual([
      ['ALLEGED', 'prosecution'],
      ['DENIED', 'pulman'],
    ]);
  });

  it('hold event statuses, quantities, bounded dates, "as of" dates, nationality, the appeal and the release', () => {
    const [a, b, c] = originals.map(doc);
    const all = [a, b, c];
    expect(new Set(all.flatMap((d) => d.events.map((e) => e.status)))).toEqual(new Set(['HAPPENED', 'CANCELLED', 'PREVENTED']));
    const quantities = all.flatMap((d) => d.events.flatMap((e) => e.quantities));
    expect(quantities).toContainEqual(expect.objectContaining({ kind: 'SENTENCE', value: 3.5, unit: 'years' }));
    expect(quantities).toContainEqual(expect.objectContaining({ kind: 'FINE', value: 150000, unit: 'KZT' }));
    expect(eventNamed(b, /punishment cell/).date).toEqual({ year: 2003, month: 11, day: 5, qualifier: 'BEFORE', inferred: false });
    for (const d of [a, b]) {
      const held = relationship(d, 'IMPRISONED_IN')[0];
      expect(held.asOf).toEqual(d.article.publishedAt);
    }
    expect(entityNamed(a, 'Sergey Duvanov')).toMatchObject({ nationality: ['Kazakh'] });
    expect(eventNamed(a, /appeal/i).date).toMatchObject({ year: 2003, month: 7, day: 15 });
    expect(eventNamed(c, /release/i)).toMatchObject({ status: 'HAPPENED', date: { year: 2004, month: 1, day: 14 } });
    // an actor takes part in an event without becoming an entity
    expect(eventNamed(a, /Dutch/).actorParticipants).toContainEqual(expect.objectContaining({ actor: 'dutch-experts' }));
  });

  it('has a corrected version: same url and title, one claim changed, one removed', () => {
    const original = doc('1-appeal-upheld.json');
    const corrected = doc('1-appeal-upheld.corrected.json');
    expect([corrected.article.url, corrected.article.title]).toEqual([original.article.url, original.article.title]);
    expect([eventNamed(original, /arrest/i).date?.day, eventNamed(corrected, /arrest/i).date?.day]).toEqual([28, 27]);
    const alleged = (d: ExtractionDocument) => eventNamed(d, /appeal/i).participants.filter((p) => p.status === 'ALLEGED');
    expect(alleged(original)).toHaveLength(1);
    expect(alleged(corrected)).toHaveLength(0);
    expect(corrected.relationships).toEqual(original.relationships);
  });
});

describe.each(testStores().filter((s) => s.name === 'embedded'))('follow-ups ingested after the seed on the $name store', ({ open }) => {
  it('ingest without errors, and so does the corrected version', async () => {
    const store = await open();
    try {
      await ingestDocument(store, loadSeedDocuments()[0].json, { source: 'seed' });
      for (const file of [...originals, '1-appeal-upheld.corrected.json']) {
        const report = await ingestDocument(store, raw(file), { source: file });
        expect(report.entities.created + report.entities.merged + report.entities.unchanged, file).toBe(
          doc(file).entities.length + doc(file).events.length,
        );
      }
      expect(await store.countArticles()).toBe(4);
    } finally {
      await store.close();
    }
  });
});
