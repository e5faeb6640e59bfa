import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EntityRecord } from '../../src/domain/entity.js';
import { ingestDocument, type IngestReport } from '../../src/ingest/ingest.js';
import type { GraphStore } from '../../src/storage/graph-store.js';
import { testStores } from '../support/stores.js';

/** A fictional article: a lawyer named `lawyer` and, when `client` is given, the journalist he represents. */
function article(title: string, lawyer: string, client: string | null, role = 'lawyer') {
  const text = client
    ? `${lawyer}, a ${role}, said his client ${client} was beaten in custody.`
    : `${lawyer}, a ${role}, spoke at a conference.`;
  const entities = [
    { key: 'lawyer', type: 'PERSON', name: lawyer, roles: [role], mentions: [`${lawyer}, a ${role}`] },
    ...(client ? [{ key: 'client', type: 'PERSON', name: client, roles: ['journalist'], mentions: [client] }] : []),
    ...(client ? [{ key: 'paper', type: 'ORGANISATION', kind: 'MEDIA_OUTLET', name: 'Respublika', mentions: [title] }] : []),
  ];
  const quote = `${lawyer}, a ${role}, said his client ${client}`;
  return {
    format: 'kg-extraction/1',
    article: { title, text: `${text} ${title}.` },
    entities,
    events: [],
    relationships: client ? [{ type: 'REPRESENTS', from: 'lawyer', to: 'client', status: 'REPORTED', quotes: [quote] }] : [],
  };
}

const mergedInto = (report: IngestReport, name: string) => report.merges.find((m) => m.name === name)?.intoId;
const proposed = (report: IngestReport, name: string) => report.nearMisses.filter((m) => m.name === name).map((m) => m.candidateId);

describe.each(testStores())('romanisation variants and namesakes weighed by their circles on the $name store', ({ open }) => {
  let store: GraphStore;
  beforeEach(async () => {
    store = await open();
    await ingestDocument(store, article('Respublika reports a beating', 'Yerlan Zhakupov', 'Sergei Duvanov'));
  });
  afterEach(async () => {
    await store.close();
  });

  it('merges a one-vowel variant of the surname when the role and the people around agree', async () => {
    const report = await ingestDocument(store, article('Duvanov lawyer speaks again', 'Erlan Zhakipov', 'Sergey Duvanov'));
    expect(mergedInto(report, 'Erlan Zhakipov')).toBe('person:yerlan-zhakupov');
    // one person, whose id follows the name its sources now give it
    const id = report.outcomes.find((o) => o.key === 'lawyer')!.id;
    expect(await store.countEntities('PERSON')).toBe(2);
    // and Erlan for Yerlan is the tables' own (Ерлан): one person by name alone
    const plain = await ingestDocument(store, article('A third report', 'Erlan Zhakupov', null));
    expect(mergedInto(plain, 'Erlan Zhakupov')).toBe(id);
  });

  it('proposes the same variant for review, and keeps two entities, when nothing around it agrees', async () => {
    const report = await ingestDocument(store, article('A conference', 'Erlan Zhakipov', null));
    expect(mergedInto(report, 'Erlan Zhakipov')).toBeUndefined();
    expect(proposed(report, 'Erlan Zhakipov')).toEqual(['person:yerlan-zhakupov']);
    const duplicates = await store.listDuplicateCandidates({ first: 50 });
    expect(duplicates.map((d) => [...d.entityIds].sort())).toContainEqual(['person:erlan-zhakipov', 'person:yerlan-zhakupov']);
  });

  it('keeps Aleksandr and Aleksei apart in one circle, and proposes them for review', async () => {
    await ingestDocument(store, article('Another lawyer', 'Aleksandr Temirov', 'Sergei Duvanov'));
    const report = await ingestDocument(store, article('Yet another lawyer', 'Aleksei Temirov', 'Sergei Duvanov'));
    expect(mergedInto(report, 'Aleksei Temirov')).toBeUndefined();
    expect(proposed(report, 'Aleksei Temirov')).toEqual(['person:aleksandr-temirov']);
    const [aleksandr, aleksei] = (await store.getNodes(['person:aleksandr-temirov', 'person:aleksei-temirov'])) as EntityRecord[];
    expect([aleksandr?.name, aleksei?.name]).toEqual(['Aleksandr Temirov', 'Aleksei Temirov']);
    // out of that circle, another given name with one surname is not even proposed
    const stranger = await ingestDocument(store, article('Elsewhere', 'Aleksei Temirov', null, 'teacher'));
    expect(proposed(stranger, 'Aleksei Temirov')).not.toContain('person:aleksandr-temirov');
  });
});
