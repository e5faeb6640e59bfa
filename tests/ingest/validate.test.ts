import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/domain/errors.js';
import { validateExtraction } from '../../src/ingest/validate.js';

const text = 'Lawyer Maria Pulman met Sergei Duvanov in Zarechnoye prison on May 22. He was "bruised and grazed".';

function doc(overrides: Record<string, unknown> = {}) {
  return {
    format: 'kg-extraction/1',
    article: { title: 'A test', text },
    entities: [
      { key: 'pulman', type: 'PERSON', name: 'Maria Pulman', roles: ['lawyer'], mentions: ['Lawyer Maria Pulman'] },
      { key: 'duvanov', type: 'PERSON', name: 'Sergei Duvanov', mentions: ['Sergei Duvanov'] },
      { key: 'prison', type: 'ORGANISATION', kind: 'PRISON', name: 'Zarechnoye prison', mentions: ['Zarechnoye prison'] },
    ],
    events: [
      {
        key: 'visit',
        name: "The lawyer's visit",
        date: { year: 2003, month: 5, day: 22, inferred: true },
        mentions: ['met Sergei Duvanov in Zarechnoye prison on May 22'],
        participants: [
          { entity: 'pulman', role: 'visitor' },
          { entity: 'duvanov', role: 'subject' },
        ],
      },
    ],
    relationships: [
      { type: 'REPRESENTS', from: 'pulman', to: 'duvanov', status: 'REPORTED', quotes: ['Lawyer Maria Pulman met Sergei Duvanov'] },
    ],
    ...overrides,
  };
}

function problems(input: unknown): Array<{ path: string; message: string }> {
  try {
    validateExtraction(input);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).problems;
  }
  return [];
}

describe('extraction document validation', () => {
  it('accepts a valid document', () => {
    expect(problems(doc())).toEqual([]);
  });

  it('normalises only whitespace and typographic quotes when checking quotes', () => {
    const quotes = ['He was \u201Cbruised   and\ngrazed\u201D.'];
    expect(problems(doc({ relationships: [{ type: 'REPRESENTS', from: 'pulman', to: 'duvanov', status: 'REPORTED', quotes }] }))).toEqual(
      [],
    );
    const changed = ['He was "bruised and scraped".'];
    expect(
      problems(doc({ relationships: [{ type: 'REPRESENTS', from: 'pulman', to: 'duvanov', status: 'REPORTED', quotes: changed }] })),
    ).toEqual([{ path: '$.relationships[0].quotes[0]', message: expect.stringContaining('not found verbatim') }]);
  });

  it('reports every problem with its JSON path', () => {
    const bad = doc({
      entities: [
        { key: 'pulman', type: 'PERSON', name: 'Maria Pulman', mentions: ['Lawyer Maria Pulman'] },
        { key: 'duvanov', type: 'PERSON', name: 'Sergei Duvanov', mentions: ['Sergei Duvanov'] },
        { key: 'prison', type: 'ORGANISATION', kind: 'PRISON', name: 'Zarechnoye prison', mentions: ['Zarechnoye prison'] },
      ],
      events: [
        {
          key: 'visit',
          name: 'Visit',
          date: { year: 2003, month: 2, day: 30 },
          mentions: ['on May 22'],
          participants: [{ entity: 'ghost', role: 'visitor' }],
        },
      ],
      relationships: [
        { type: 'REPRESENTS', from: 'pulman', to: 'nobody', status: 'REPORTED', quotes: ['Lawyer Maria Pulman'] },
        { type: 'IMPRISONED_IN', from: 'duvanov', to: 'prison', status: 'REPORTED', quotes: ['a quote that is not there'] },
        { type: 'IMPRISONED_IN', from: 'prison', to: 'duvanov', status: 'REPORTED', quotes: ['Zarechnoye prison'] },
      ],
    });
    expect(problems(bad)).toEqual([
      { path: '$.events[0].date', message: expect.stringContaining('day 30 does not exist in 2003-02') },
      { path: '$.events[0].participants[0].entity', message: 'unknown key "ghost"' },
      { path: '$.relationships[0].to', message: 'unknown key "nobody"' },
      { path: '$.relationships[1].quotes[0]', message: expect.stringContaining('not found verbatim') },
      { path: '$.relationships[2].from', message: '"prison" is a ORGANISATION; expected PERSON' },
      { path: '$.relationships[2].to', message: '"duvanov" is a PERSON; expected ORGANISATION' },
    ]);
  });

  it('rejects unknown relationship types and organisation kinds with their paths', () => {
    const bad = doc({
      entities: [{ key: 'x', type: 'ORGANISATION', kind: 'CULT', name: 'X', mentions: ['Zarechnoye prison'] }],
      relationships: [{ type: 'HATES', from: 'x', to: 'x', status: 'REPORTED', quotes: ['Zarechnoye prison'] }],
    });
    const paths = problems(bad).map((p) => p.path);
    expect(paths).toContain('$.entities[0].kind');
    expect(paths).toContain('$.relationships[0].type');
  });

  it('reports structural and reference problems in one run (tests/fixtures/invalid-extraction.json)', () => {
    const input = JSON.parse(readFileSync(new URL('../fixtures/invalid-extraction.json', import.meta.url), 'utf8'));
    const found = problems(input);
    expect(found.map((p) => p.path).sort()).toEqual([
      '$.entities[1].mentions[0]',
      '$.entities[2].kind',
      '$.events[0].date',
      '$.relationships[0].to',
      '$.relationships[1].type',
    ]);
    expect(found.find((p) => p.path === '$.relationships[0].to')?.message).toBe('unknown key "nobody"');
  });

  it('rejects a relationship that ends before it starts', () => {
    const rel = {
      type: 'REPRESENTS',
      from: 'pulman',
      to: 'duvanov',
      status: 'REPORTED',
      quotes: ['Lawyer Maria Pulman'],
      start: { year: 2003 },
      end: { year: 2002, month: 5 },
    };
    expect(problems(doc({ relationships: [rel] }))).toEqual([{ path: '$.relationships[0].end', message: 'ends before it starts' }]);
  });

  it('rejects duplicate keys and unknown fields', () => {
    const bad = doc({
      entities: [...doc().entities, { key: 'pulman', type: 'PLACE', name: 'Pulman', mentions: ['Pulman'], colour: 'red' }],
    });
    expect(problems(bad)).toEqual([
      { path: '$.entities[3].colour', message: 'unknown field "colour"' },
      { path: '$.entities[3].key', message: 'duplicate key "pulman"' },
    ]);
    const dup = doc({ entities: [...doc().entities, { key: 'pulman', type: 'PLACE', name: 'Pulman', mentions: ['Pulman'] }] });
    expect(problems(dup)).toEqual([{ path: '$.entities[3].key', message: 'duplicate key "pulman"' }]);
  });
});
