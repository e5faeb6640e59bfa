import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestDocument } from '../../src/ingest/ingest.js';
import type { GraphStore } from '../../src/storage/graph-store.js';
import { testStores } from '../support/stores.js';

interface Party {
  key: string;
  type: 'PERSON' | 'ORGANISATION';
  name: string;
  role: string;
}

/** A one-event article whose text holds every name it quotes (kg-extraction/1). */
function article(title: string, event: { name: string; date: string }, ...parties: Party[]) {
  const [year, month, day] = event.date.split('-').map(Number);
  return {
    format: 'kg-extraction/1',
    // published on the day: of two names for one event, the earlier coverage's is its name
    article: { title, text: `${event.name}. ${parties.map((p) => p.name).join('. ')}.`, publishedAt: { year, month, day } },
    entities: parties.map((p) => ({
      key: p.key,
      type: p.type,
      name: p.name,
      mentions: [p.name],
      ...(p.type === 'ORGANISATION' ? { kind: 'GOVERNMENT_BODY' } : {}),
    })),
    events: [
      {
        key: 'event',
        name: event.name,
        mentions: [event.name],
        date: { year, month, day, inferred: false },
        participants: parties.map((p) => ({ entity: p.key, role: p.role })),
      },
    ],
  };
}

const person = (key: string, name: string, role: string): Party => ({ key, type: 'PERSON', name, role });
const COURT: Party = { key: 'court', type: 'ORGANISATION', name: 'Ladian Regional Court', role: 'court' };
const MINISTRY: Party = { key: 'ministry', type: 'ORGANISATION', name: 'Interior Ministry of Kazakhstan', role: 'denied' };

describe.each(testStores())('event identity on the $name store', ({ open }) => {
  let store: GraphStore;
  beforeEach(async () => {
    store = await open();
  });
  afterEach(async () => {
    await store.close();
  });

  const eventsOf = async (personId: string) =>
    (await store.getRelations([{ entityId: personId, types: ['PARTICIPATED_IN'], direction: 'OUT', first: 50 }]))[0].map((r) => r.targetId);

  it("keeps another person's appeal hearing a day later in the same court apart from a trial", async () => {
    await ingestDocument(
      store,
      article('Trial', { name: 'The trial of Zhanna Peposotov', date: '1996-07-23' }, person('z', 'Zhanna Peposotov', 'defendant'), COURT),
    );
    const second = await ingestDocument(
      store,
      article(
        'Appeal',
        { name: 'Appeal hearing of Aidar Livabayev', date: '1996-07-24' },
        person('a', 'Aidar Livabayev', 'appellant'),
        COURT,
      ),
    );
    expect(second.merges.filter((m) => m.intoId.startsWith('event:'))).toEqual([]);
    expect(second.nearMisses.filter((m) => m.candidateId.startsWith('event:'))).toEqual([]);
    expect(await eventsOf('person:zhanna-peposotov')).toEqual(['event:the-trial-of-zhanna-peposotov']);
    // and no false disagreement about the trial's date
    expect(await store.listDisputes({ first: 10 })).toEqual([]);
  });

  it("keeps two people's beatings a day apart, denied by one ministry, as two beatings", async () => {
    await ingestDocument(
      store,
      article('Petrov', { name: 'Beating of Ivan Petrov', date: '1999-03-02' }, person('p', 'Ivan Petrov', 'victim'), MINISTRY),
    );
    const second = await ingestDocument(
      store,
      article('Sidorov', { name: 'Beating of Oleg Sidorov', date: '1999-03-03' }, person('s', 'Oleg Sidorov', 'victim'), MINISTRY),
    );
    expect(second.merges.filter((m) => m.intoId.startsWith('event:'))).toEqual([]);
    expect(await eventsOf('person:oleg-sidorov')).toEqual(['event:beating-of-oleg-sidorov']);
  });

  it('attaches a denial of a beating to that beating, with the ministry that denies it', async () => {
    await ingestDocument(
      store,
      article('Petrov', { name: 'Beating of Ivan Petrov', date: '1999-03-02' }, person('p', 'Ivan Petrov', 'victim')),
    );
    const denial = await ingestDocument(
      store,
      article(
        'Denial',
        { name: 'Interior ministry denies the beating of Ivan Petrov', date: '1999-03-03' },
        person('p', 'Ivan Petrov', 'subject'),
        MINISTRY,
      ),
    );
    expect(denial.merges.find((m) => m.name === 'Interior ministry denies the beating of Ivan Petrov')?.intoId).toBe(
      'event:beating-of-ivan-petrov',
    );
    expect(await eventsOf('organisation:interior-ministry-of-kazakhstan')).toEqual(['event:beating-of-ivan-petrov']);
  });
});
