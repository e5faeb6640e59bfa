import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../src/ingest/ingest.js';
import { testStores } from '../support/stores.js';
import { data, useSeededYoga } from './harness.js';

// fictional kg-extraction/2 follow-ups to the seed (tests/fixtures/follow-ups: see their texts)
const followUp = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/follow-ups/${name}.json`, import.meta.url), 'utf8'));
const FOLLOW_UPS = ['1-appeal-upheld', '2-punishment-cell', '3-freed-early'].map(followUp);
const CORRECTED = followUp('1-appeal-upheld.corrected');

const DUVANOV = 'person:sergei-duvanov';
const WORKS_FOR = `query { node(id: "${DUVANOV}") { ... on Person { nationality related(types: ["WORKS_FOR"], first: 10) {
  status disputed other { id } citations { status saidBy { name entity { id } } article { title } } } } } }`;
const EVENT = `query ($id: ID!) { node(id: $id) { ... on Event { name status statuses { status } date { text qualifier iso }
  quantities { kind value unit citations { quote } } unnamedParticipants { name role status citations { quote } } } } }`;
const TIMELINE = `{ timeline(id: "${DUVANOV}") { id name status date { text } } }`;

describe.each(testStores())('kg-extraction/2 facts through the API on the $name store', (testStore) => {
  const ctx = useSeededYoga(testStore);

  it('who says so: an unnamed source and a named person on two sides of one fact', async () => {
    for (const doc of FOLLOW_UPS) await ingestDocument(ctx.store, doc);
    const { node } = await data(ctx.yoga, WORKS_FOR);
    expect(node.nationality).toEqual(['Kazakh', 'citizen of Kazakhstan']);
    const dck = node.related.find((r: any) => r.other.id === 'organisation:democratic-choice-of-kazakhstan');
    expect(dck).toMatchObject({ status: 'ALLEGED', disputed: true });
    const sides = dck.citations.map((c: any) => [c.status, c.saidBy?.name, c.saidBy?.entity?.id ?? null]);
    expect(sides).toEqual(
      expect.arrayContaining([
        ['ALLEGED', 'the prosecution', null],
        ['DENIED', 'Sergey Duvanov', DUVANOV],
        ['DENIED', 'Maria Pulman', 'person:maria-pulman'],
      ]),
    );
  });

  it('the seed, re-extracted in version 2, says who alleges the beating', async () => {
    const { node } = await data(
      ctx.yoga,
      `{ node(id: "${DUVANOV}") { ... on Entity { related(first: 100) { status citations { saidBy { name } } } } } }`,
    );
    const alleged = node.related
      .filter((r: any) => r.status === 'ALLEGED')
      .flatMap((r: any) => r.citations.map((c: any) => c.saidBy?.name));
    expect(alleged).toContain("Duvanov's supporters");
  });

  it('what an event set, whether it happened, and dates known only by a bound', async () => {
    const appeal = (await data(ctx.yoga, EVENT, { id: 'event:appeal-court-upholds-sergey-duvanov-s-sentence' })).node;
    expect(appeal.quantities.map((q: any) => [q.kind, q.value, q.unit])).toEqual([
      ['FINE', 150000, 'KZT'],
      ['SENTENCE', 3.5, 'years'],
    ]);
    expect(appeal.quantities.every((q: any) => q.citations.length > 0)).toBe(true);
    const cell = (await data(ctx.yoga, EVENT, { id: 'event:sergei-duvanov-moved-to-a-punishment-cell' })).node;
    expect(cell.date).toEqual({ text: 'before 2003-11-05', qualifier: 'BEFORE', iso: '2003-11-05' });
    const visit = (await data(ctx.yoga, EVENT, { id: 'event:apfc-delegation-s-visit-to-sergei-duvanov' })).node;
    expect(visit.status).toBe('PREVENTED');
    expect(visit.unnamedParticipants).toEqual([expect.objectContaining({ name: 'a delegation from the APFC' })]);
    // a visit that never took place is on the timeline as what it was
    const { timeline } = await data(ctx.yoga, TIMELINE);
    expect(timeline.find((e: any) => e.id === visit.name || e.name === visit.name)).toMatchObject({ status: 'PREVENTED' });
  });

  it("a corrected version replaces the article's word: its date for the arrest and the actor it dropped", async () => {
    const before = (
      await data(
        ctx.yoga,
        `{ node(id: "event:arrest-and-charging-of-sergei-duvanov") { ... on Event { dates { date { iso } citations { article { title } } } } } }`,
      )
    ).node;
    const appealTitle = 'Kazakhstan: appeal court upholds Duvanov sentence';
    const dayOf = (dates: any[]) =>
      dates.filter((d) => d.citations.some((c: any) => c.article.title === appealTitle)).map((d) => d.date.iso);
    expect(dayOf(before.dates)).toEqual(['2002-10-28']);
    const report = await ingestDocument(ctx.store, CORRECTED);
    expect(report.replaced).toBe(true);
    const after = (
      await data(
        ctx.yoga,
        `{ node(id: "event:arrest-and-charging-of-sergei-duvanov") { ... on Event { dates { date { iso } citations { article { title } } } } } }`,
      )
    ).node;
    expect(dayOf(after.dates)).toEqual(['2002-10-27']);
  });
});
