import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../src/ingest/ingest.js';
import { testStores } from '../support/stores.js';
import { data, useSeededYoga } from './harness.js';

const SEED_TITLE = 'Kazakhstan: Duvanov "Beaten In Prison"';
const fixture = (path: string) => JSON.parse(readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8'));
// two fictional follow-ups: one dates the arrest to the 28th, the other to the 27th (the seed says October 2002)
const colony = fixture('resolution/follow-up-colony.json');
const arrest = fixture('resolution/follow-up-arrest.json');

/** A fictional wire story that denies what the seed reports and confirms what it reports of the prison. */
function wire(options: { deny: boolean }) {
  const denial = 'A spokeswoman for Maria Pulman said she no longer represents Sergei Duvanov.';
  const text = `${options.deny ? `${denial} ` : ''}Prison officials confirmed that Sergei Duvanov is held in Zarechnoye prison. Ivan Kostin, a guard, spoke.`;
  return {
    format: 'kg-extraction/1',
    article: { title: 'Officials confirm where Duvanov is held', url: 'https://wire.example/duvanov-held', text },
    entities: [
      { key: 'duvanov', type: 'PERSON', name: 'Sergei Duvanov', mentions: ['Sergei Duvanov is held'] },
      { key: 'pulman', type: 'PERSON', name: 'Maria Pulman', mentions: options.deny ? ['Maria Pulman said'] : ['Sergei Duvanov is held'] },
      { key: 'prison', type: 'ORGANISATION', kind: 'PRISON', name: 'Zarechnoye prison', mentions: ['held in Zarechnoye prison'] },
      ...(options.deny
        ? [{ key: 'kostin', type: 'PERSON', name: 'Ivan Kostin', roles: ['guard'], mentions: ['Ivan Kostin, a guard'] }]
        : []),
    ],
    relationships: [
      {
        type: 'IMPRISONED_IN',
        from: 'duvanov',
        to: 'prison',
        status: 'CONFIRMED',
        quotes: ['Prison officials confirmed that Sergei Duvanov is held in Zarechnoye prison'],
      },
      ...(options.deny
        ? [{ type: 'REPRESENTS', from: 'pulman', to: 'duvanov', status: 'DENIED', quotes: ['she no longer represents Sergei Duvanov'] }]
        : []),
    ],
  };
}

const RELATIONS = `query ($id: ID!, $types: [String!]) { node(id: $id) { ... on Entity { related(types: $types, first: 10) {
  id relationshipId type status disputed citations { quote status saidBy { name } article { title } } } } } }`;
const EVENT = `query ($id: ID!) { node(id: $id) { ... on Event { date { year month day } disputed
  dates { date { year month day } citations { status article { title } } } } } }`;
const DISPUTES = `{ disputes(first: 50) { id aspect entity { id } relationship { id type }
  positions { value citations { quote status article { title } } } } }`;

interface Relation {
  id: string;
  relationshipId: string;
  type: string;
  status: string;
  disputed: boolean;
  citations: Array<{ quote: string; status: string; article: { title: string } }>;
}
const relations = async (yoga: Parameters<typeof data>[0], id: string, types: string[]) =>
  (await data<{ node: { related: Relation[] } }>(yoga, RELATIONS, { id, types })).node.related;

describe.each(testStores())('claims per source on the $name store', (testStore) => {
  const ctx = useSeededYoga(testStore);

  it('keeps every date the sources give an event, places it by agreement and lists the disagreement', async () => {
    await ingestDocument(ctx.store, colony);
    await ingestDocument(ctx.store, arrest);
    const { node } = await data(ctx.yoga, EVENT, { id: 'event:arrest-and-charging-of-sergei-duvanov' });
    // all three sources agree on October 2002; they disagree on the day
    expect(node.date).toEqual({ year: 2002, month: 10, day: null });
    expect(node.disputed).toBe(true);
    expect(node.dates.map((d: any) => [d.date.day, d.citations.map((c: any) => c.article.title)])).toEqual([
      [null, [SEED_TITLE]],
      [27, ["Supporters recall Duvanov's arrest"]],
      [28, ['Lawyer says Duvanov still in the colony']],
    ]);
    const { disputes } = await data(ctx.yoga, DISPUTES);
    const dateDispute = disputes.find((d: any) => d.id === 'dispute:date:event:arrest-and-charging-of-sergei-duvanov');
    expect(dateDispute).toMatchObject({
      aspect: 'date',
      entity: { id: 'event:arrest-and-charging-of-sergei-duvanov' },
      relationship: null,
    });
    expect(dateDispute.positions.map((p: any) => p.value)).toEqual(['2002-10', '2002-10-27', '2002-10-28']);
  });

  it('one fact, each citation with its own status: a confirmation joins the report; a denial makes it disputed', async () => {
    await ingestDocument(ctx.store, wire({ deny: true }));
    const [held] = await relations(ctx.yoga, 'person:sergei-duvanov', ['IMPRISONED_IN']);
    expect(held).toMatchObject({ status: 'CONFIRMED', disputed: false });
    expect([...new Set(held.citations.map((c) => c.status))].sort()).toEqual(['CONFIRMED', 'REPORTED']);

    const represents = await relations(ctx.yoga, 'person:maria-pulman', ['REPRESENTS']);
    expect(represents).toHaveLength(1);
    expect(represents[0]).toMatchObject({ status: 'ALLEGED', disputed: true });
    expect(represents[0].citations.map((c) => [c.status, c.article.title])).toEqual(
      expect.arrayContaining([
        ['REPORTED', SEED_TITLE],
        ['DENIED', 'Officials confirm where Duvanov is held'],
      ]),
    );
    const { disputes } = await data(ctx.yoga, DISPUTES);
    const statusDispute = disputes.find((d: any) => d.relationship?.id === represents[0].relationshipId);
    expect(statusDispute).toMatchObject({ aspect: 'status', entity: { id: 'person:maria-pulman' } });
    expect(statusDispute.positions.map((p: any) => p.value)).toEqual(['REPORTED', 'DENIED']);
    expect(statusDispute.positions[1].citations.map((c: any) => c.quote)).toEqual(['she no longer represents Sergei Duvanov']);
  });

  it('disputes(about:) lists the disagreements concerning one entity; a disputed edge says so in a neighbourhood too', async () => {
    await ingestDocument(ctx.store, wire({ deny: true }));
    const about = async (id: string) =>
      (await data(ctx.yoga, `query ($id: ID!) { disputes(about: $id, first: 20) { id aspect relationship { type } } }`, { id })).disputes;
    expect((await about('person:maria-pulman')).map((d: any) => [d.aspect, d.relationship?.type])).toEqual([['status', 'REPRESENTS']]);
    expect((await about('event:arrest-and-charging-of-sergei-duvanov')).map((d: any) => d.aspect)).toEqual(['date']);
    const { neighbourhood } = await data(
      ctx.yoga,
      '{ neighbourhood(id: "person:maria-pulman", depth: 1, limit: 50) { edges { type disputed } } }',
    );
    expect(neighbourhood.edges.find((e: any) => e.type === 'REPRESENTS')).toEqual({ type: 'REPRESENTS', disputed: true });
  });

  it("the README's disputes example answers, with each side's citations", async () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const example = [...readme.matchAll(/```gql\n([\s\S]*?)```/g)].map((m) => m[1]).find((q) => q.includes('disputes('));
    const { disputes } = await data(ctx.yoga, example!);
    expect(disputes.length).toBeGreaterThan(0);
    expect(disputes.every((d: any) => d.positions.length >= 2 && d.positions.every((p: any) => p.citations.length > 0))).toBe(true);
  });

  it("a corrected article replaces what it said: its denial and the person only it named are gone, the seed's word stays", async () => {
    await ingestDocument(ctx.store, wire({ deny: true }));
    const corrected = await ingestDocument(ctx.store, wire({ deny: false }));
    expect(corrected).toMatchObject({ replaced: true });
    const represents = await relations(ctx.yoga, 'person:maria-pulman', ['REPRESENTS']);
    expect(represents[0]).toMatchObject({ status: 'REPORTED', disputed: false });
    expect(represents[0].citations.map((c) => c.article.title)).not.toContain('Officials confirm where Duvanov is held');
    expect(represents[0].citations.map((c) => c.article.title)).toContain(SEED_TITLE);
    const { disputes } = await data(ctx.yoga, DISPUTES);
    expect(disputes.filter((d: any) => d.aspect === 'status')).toEqual([]);
    expect(await ctx.store.getNodes(['person:ivan-kostin'])).toEqual([null]);
    const [held] = await relations(ctx.yoga, 'person:sergei-duvanov', ['IMPRISONED_IN']);
    expect(held).toMatchObject({ status: 'CONFIRMED' });
  });
});
