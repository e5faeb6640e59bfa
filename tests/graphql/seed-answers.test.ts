import { describe, expect, it } from 'vitest';
import { testStores } from '../support/stores.js';
import { data, useSeededYoga } from './harness.js';

// What a reader of the IWPR article "Kazakhstan: Duvanov 'Beaten In Prison'" expects the graph to answer.
const RELATIONSHIP = 'id type direction status role other { id name type } citations { quote article { id title } }';

describe.each(testStores())('the seeded graph answers a reader of the article ($name store)', (testStore) => {
  const api = useSeededYoga(testStore);

  it('Maria Pulman represents Sergei Duvanov, as reported, quoting the article', async () => {
    const d = await data(
      api.yoga,
      `{ node(id: "person:sergei-duvanov") { ... on Person { name roles
      related(types: ["REPRESENTS"], direction: IN) { ${RELATIONSHIP} } } } }`,
    );
    expect(d.node.name).toBe('Sergei Duvanov');
    expect(d.node.roles).toContain('journalist');
    const [lawyer] = d.node.related;
    expect(lawyer).toMatchObject({
      type: 'REPRESENTS',
      direction: 'IN',
      status: 'REPORTED',
      other: { name: 'Maria Pulman', type: 'PERSON' },
    });
    expect(lawyer.citations.length).toBeGreaterThan(0);
    expect(lawyer.citations[0].article.title).toMatch(/Duvanov/);
  });

  it('every quote cited for Duvanov is in the text of its article', async () => {
    const d = await data(
      api.yoga,
      `{ node(id: "person:sergei-duvanov") { ... on Entity {
      mentions { quote article { text } } related(first: 100) { citations { quote article { text } } } } } }`,
    );
    const fold = (s: string) => s.replace(/[\u201c\u201d\u2018\u2019"']/g, '').replace(/\s+/g, ' ');
    const citations = [...d.node.mentions, ...d.node.related.flatMap((r: any) => r.citations)];
    expect(citations.length).toBeGreaterThan(5);
    for (const c of citations) expect(fold(c.article.text)).toContain(fold(c.quote));
  });

  it('Duvanov is imprisoned in Zarechnoye prison, whose inmates include him', async () => {
    const d = await data(
      api.yoga,
      `{ node(id: "person:sergei-duvanov") { ... on Person {
      imprisonedIn { status other { id name ... on Organisation { kind inmates { other { name } } } } } } } }`,
    );
    expect(d.node.imprisonedIn).toHaveLength(1);
    const [prison] = d.node.imprisonedIn;
    expect(prison.other).toMatchObject({ name: 'Zarechnoye prison', kind: 'PRISON' });
    expect(prison.other.inmates.map((i: any) => i.other.name)).toContain('Sergei Duvanov');
  });

  it('Mukhtar Ablyazov leads the Democratic Choice of Kazakhstan (DCK)', async () => {
    const d = await data(
      api.yoga,
      `{ node(id: "person:mukhtar-ablyazov") { ... on Person {
      memberships { type status other { name aliases ... on Organisation { kind members { type other { name } } } } } } } }`,
    );
    const leads = d.node.memberships.find((m: any) => m.type === 'LEADS');
    expect(leads.other).toMatchObject({ name: 'Democratic Choice of Kazakhstan', kind: 'PARTY' });
    expect(leads.other.aliases).toContain('DCK');
    expect(leads.other.members).toContainEqual({ type: 'LEADS', other: { name: 'Mukhtar Ablyazov' } });
  });

  it('searching "Nazarbayev" finds President Nursultan Nazarbaev despite the spelling', async () => {
    const d = await data(api.yoga, `{ search(query: "Nazarbayev") { score entity { id name type ... on Person { roles } } } }`);
    expect(d.search[0].entity).toMatchObject({ name: 'Nursultan Nazarbaev', type: 'PERSON' });
    expect(d.search[0].entity.roles).toContain('president');
    expect(d.search[0].score).toBeGreaterThan(0.5);
  });

  it('search tolerates transliteration and filters by type', async () => {
    const sergey = await data(api.yoga, `{ search(query: "sergey duvanov", first: 3) { entity { id } } }`);
    expect(sergey.search[0].entity.id).toBe('person:sergei-duvanov');
    const dck = await data(api.yoga, `{ search(query: "DCK", types: [ORGANISATION]) { entity { name type } } }`);
    expect(dck.search[0].entity).toEqual({ name: 'Democratic Choice of Kazakhstan', type: 'ORGANISATION' });
    const none = await data(api.yoga, `{ search(query: "Duvanov", types: [PLACE]) { entity { name } } }`);
    expect(none.search).toEqual([]);
  });

  it('a path connects Maria Pulman and Mukhtar Ablyazov through Duvanov', async () => {
    const d = await data(
      api.yoga,
      `{ paths(from: "person:maria-pulman", to: "person:mukhtar-ablyazov") {
      nodes { id name } edges { id source target type status } } }`,
    );
    const ids = d.paths.nodes.map((n: any) => n.id);
    expect(ids).toEqual(expect.arrayContaining(['person:maria-pulman', 'person:mukhtar-ablyazov', 'person:sergei-duvanov']));
    for (const e of d.paths.edges) expect(ids).toEqual(expect.arrayContaining([e.source, e.target]));
    // shortest: Pulman -> Duvanov -> the government <- Ablyazov, who used to work for it
    const short = await data(
      api.yoga,
      `{ paths(from: "person:maria-pulman", to: "person:mukhtar-ablyazov", maxLength: 2) { nodes { id } edges { id } } }`,
    );
    expect(short.paths).toEqual({ nodes: [], edges: [] });
  });

  it("Duvanov's timeline runs from the October 2002 arrest to the trial to the May 22 visit", async () => {
    const d = await data(api.yoga, `{ timeline(id: "person:sergei-duvanov") { id name date { year month day iso inferred } } }`);
    const names: string[] = d.timeline.map((e: any) => e.name);
    const at = (pattern: RegExp) => names.findIndex((n) => pattern.test(n));
    const arrest = d.timeline[at(/arrest/i)];
    const trial = d.timeline[at(/trial/i)];
    const visit = d.timeline[at(/Pulman visits/i)];
    expect(arrest.date).toMatchObject({ iso: '2002-10', day: null });
    expect(trial.date).toMatchObject({ year: 2003, month: 1 });
    expect(visit.date).toMatchObject({ iso: '2003-05-22', inferred: true });
    expect(at(/arrest/i)).toBeLessThan(at(/trial/i));
    expect(at(/trial/i)).toBeLessThan(at(/Pulman visits/i));
    // undated events come after every dated one
    const firstUndated = d.timeline.findIndex((e: any) => e.date === null);
    expect(firstUndated).toBeGreaterThan(at(/Pulman visits/i));
    expect(d.timeline.slice(firstUndated).every((e: any) => e.date === null)).toBe(true);
  });

  it('the beating is alleged, not reported: Duvanov is its alleged victim', async () => {
    const d = await data(
      api.yoga,
      `{ timeline(id: "person:sergei-duvanov") { name date { iso qualifier text inferred }
      participants { role status entity { id } citations { quote } } } }`,
    );
    const beating = d.timeline.find((e: any) => /beat/i.test(e.name));
    // the article dates it only as before the activists' visit of May 21
    expect(beating.date).toEqual({ iso: '2003-05-21', qualifier: 'BEFORE', text: 'before 2003-05-21', inferred: true });
    const victim = beating.participants.find((p: any) => p.entity.id === 'person:sergei-duvanov');
    expect(victim).toMatchObject({ role: 'victim', status: 'ALLEGED' });
    expect(victim.citations.length).toBeGreaterThan(0);
  });

  it('events know their place, and a place lists the events held there', async () => {
    const d = await data(
      api.yoga,
      `{ node(id: "place:washington") { ... on Place { name
      events { type other { ... on Event { name date { iso } place { id name } concerns { other { name } } } } } } }
      timeline(id: "place:washington") { name } }`,
    );
    const [conference] = d.node.events;
    expect(conference.type).toBe('TOOK_PLACE_IN');
    expect(conference.other.place).toEqual({ id: 'place:washington', name: 'Washington' });
    expect(conference.other.date.iso).toBe('2003-05');
    expect(conference.other.concerns.map((c: any) => c.other.name)).toEqual(expect.arrayContaining([expect.stringMatching(/trial/i)]));
    expect(d.timeline.map((e: any) => e.name)).toEqual([conference.other.name]);
  });

  it("an event's timeline is the event itself", async () => {
    const d = await data(
      api.yoga,
      `{ search(query: "Arrest and charging of Sergei Duvanov", types: [EVENT], first: 1) { entity { id } } }`,
    );
    const id = d.search[0].entity.id;
    const t = await data(api.yoga, `query($id: ID!) { timeline(id: $id) { id } }`, { id });
    expect(t.timeline).toEqual([{ id }]);
  });

  it("Duvanov's neighbourhood holds his lawyer, his prison and his friend, with edges between listed nodes only", async () => {
    const d = await data(
      api.yoga,
      `{ neighbourhood(id: "person:sergei-duvanov") { nodes { id name type entity { id } }
      edges { id source target type status citations { quote } } } }`,
    );
    const ids = d.neighbourhood.nodes.map((n: any) => n.id);
    expect(ids).toEqual(
      expect.arrayContaining(['person:sergei-duvanov', 'person:maria-pulman', 'organisation:zarechnoye-prison', 'person:nurbulat-masanov']),
    );
    for (const n of d.neighbourhood.nodes) expect(n.entity.id).toBe(n.id);
    for (const e of d.neighbourhood.edges) {
      expect(ids).toContain(e.source);
      expect(ids).toContain(e.target);
      expect(e.citations.length).toBeGreaterThan(0);
    }
    const small = await data(api.yoga, `{ neighbourhood(id: "person:sergei-duvanov", depth: 2, limit: 5) { nodes { id } } }`);
    expect(small.neighbourhood.nodes.length).toBeLessThanOrEqual(5);
    const wide = await data(api.yoga, `{ neighbourhood(id: "person:sergei-duvanov", depth: 2) { nodes { id } } }`);
    expect(wide.neighbourhood.nodes.length).toBeGreaterThan(ids.length);
  });

  it('node resolves every type by its readable id, and unknown ids to null', async () => {
    const d = await data(
      api.yoga,
      `{
      person: node(id: "person:sergei-duvanov") { __typename id }
      organisation: node(id: "organisation:zarechnoye-prison") { __typename id }
      place: node(id: "place:kazakhstan") { __typename id }
      event: node(id: "person:sergei-duvanov") { ... on Person { related(types: ["PARTICIPATED_IN"], first: 1) { other { id } } } }
      missing: node(id: "person:nobody-at-all") { id }
      garbage: node(id: "no such thing") { id }
      empty: node(id: "") { id }
    }`,
    );
    expect(d.person).toEqual({ __typename: 'Person', id: 'person:sergei-duvanov' });
    expect(d.organisation).toEqual({ __typename: 'Organisation', id: 'organisation:zarechnoye-prison' });
    expect(d.place).toEqual({ __typename: 'Place', id: 'place:kazakhstan' });
    expect([d.missing, d.garbage, d.empty]).toEqual([null, null, null]);
    const eventId = d.event.related[0].other.id;
    const e = await data(api.yoga, `query($id: ID!) { node(id: $id) { __typename id } }`, { id: eventId });
    expect(e.node).toEqual({ __typename: 'Event', id: eventId });
  });

  it('citations lead to the article, which node and article resolve by id', async () => {
    const d = await data(api.yoga, `{ node(id: "person:maria-pulman") { ... on Entity { mentions { article { id } } } } }`);
    const articleId = d.node.mentions[0].article.id;
    const a = await data(
      api.yoga,
      `query($id: ID!) {
      node(id: $id) { __typename id ... on Article { title author url publisher text publishedAt { iso } } }
      article(id: $id) { id }
      none: article(id: "article:none") { id } }`,
      { id: articleId },
    );
    expect(a.node).toMatchObject({ __typename: 'Article', id: articleId, author: 'Alexander Zakharov' });
    expect(a.node.title).toMatch(/Duvanov/);
    expect(a.node.url).toMatch(/^https:\/\/iwpr\.net\//);
    expect(a.node.text).toContain('Zarechnoye prison');
    expect(a.article).toEqual({ id: articleId });
    expect(a.none).toBeNull();
  });

  it('relationship direction is OUT from the source and IN at the target', async () => {
    const d = await data(
      api.yoga,
      `{
      pulman: node(id: "person:maria-pulman") { ... on Entity { related(types: ["REPRESENTS"]) { direction other { id } } } }
      duvanov: node(id: "person:sergei-duvanov") { ... on Entity { out: related(direction: OUT, first: 100) { direction } in: related(direction: IN, first: 100) { direction } } } }`,
    );
    expect(d.pulman.related).toEqual([{ direction: 'OUT', other: { id: 'person:sergei-duvanov' } }]);
    expect(d.duvanov.out.every((r: any) => r.direction === 'OUT')).toBe(true);
    expect(d.duvanov.in.every((r: any) => r.direction === 'IN')).toBe(true);
    expect(d.duvanov.in.length).toBeGreaterThan(0);
  });
});
