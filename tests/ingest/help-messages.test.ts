import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/domain/errors.js';
import { nearestValid } from '../../src/ingest/suggest.js';
import { validateExtraction } from '../../src/ingest/validate.js';
import { RELATIONSHIP_TYPE_NAMES } from '../../src/domain/vocabulary.js';
import { ORGANISATION_KINDS } from '../../src/domain/entity.js';

// Problems in words a person can act on: what is missing, and the nearest valid name for a wrong one.
const text = 'Lawyer Maria Pulman met Sergei Duvanov, who writes for the weekly Respublika, in Zarechnoye prison.';

function messages(input: unknown): Record<string, string> {
  try {
    validateExtraction(input);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return Object.fromEntries((error as ValidationError).problems.map((p) => [p.path, p.message]));
  }
  return {};
}

const entities = [
  { key: 'pulman', type: 'PERSON', name: 'Maria Pulman', mentions: ['Maria Pulman'] },
  { key: 'duvanov', type: 'PERSON', name: 'Sergei Duvanov', mentions: ['Sergei Duvanov'] },
  { key: 'respublika', type: 'ORGANISATION', kind: 'MEDIA_OUTLET', name: 'Respublika', mentions: ['the weekly Respublika'] },
];
const doc = (overrides: Record<string, unknown>) => ({ format: 'kg-extraction/1', article: { title: 'T', text }, entities, ...overrides });
const rel = (overrides: Record<string, unknown>) => ({
  type: 'REPRESENTS',
  from: 'pulman',
  to: 'duvanov',
  status: 'REPORTED',
  quotes: ['Maria Pulman'],
  ...overrides,
});

describe('messages that help fix a document', () => {
  it('says a required field is missing, and what goes there', () => {
    const { quotes, ...noQuotes } = rel({});
    expect(quotes).toBeDefined();
    const found = messages(doc({ relationships: [noQuotes], article: { text } }));
    expect(found['$.relationships[0].quotes']).toBe('missing: required, a list of at least one quote, verbatim from article.text');
    expect(found['$.article.title']).toBe('missing: required, a text');
    expect(Object.values(found).join('\n')).not.toContain('received undefined');
  });

  it('says what a wrong kind of value is instead of', () => {
    expect(messages(doc({ relationships: [rel({ quotes: 'Maria Pulman' })] }))['$.relationships[0].quotes']).toBe(
      'expected a list, found a text',
    );
  });

  it('suggests the nearest relationship type, from case, typos and synonyms', () => {
    const found = messages(
      doc({
        relationships: [
          rel({ type: 'writes_for', from: 'duvanov', to: 'respublika' }),
          rel({ type: 'LAWYER_OF' }),
          rel({ type: 'REPRESENT' }),
          rel({ type: 'ADORES' }),
        ],
      }),
    );
    expect(found['$.relationships[0].type']).toBe('"writes_for" is not a valid relationship type; did you mean WRITES_FOR?');
    expect(found['$.relationships[1].type']).toBe('"LAWYER_OF" is not a valid relationship type; did you mean REPRESENTS?');
    expect(found['$.relationships[2].type']).toBe('"REPRESENT" is not a valid relationship type; did you mean REPRESENTS?');
    // nothing close: the whole vocabulary, no guess
    expect(found['$.relationships[3].type']).toMatch(/^"ADORES" is not a valid relationship type; use one of MEMBER_OF, .*CONCERNS$/);
  });

  it('suggests the nearest organisation kind, entity type and status, and says when a kind is missing', () => {
    const found = messages(
      doc({
        entities: [
          { ...entities[0], type: 'PERSN' },
          entities[1],
          { ...entities[2], kind: 'newspaper' },
          { key: 'colony', type: 'ORGANISATION', name: 'Zarechnoye prison', mentions: ['Zarechnoye prison'] },
        ],
        relationships: [rel({ status: 'alleged' })],
      }),
    );
    expect(found['$.entities[0].type']).toBe('"PERSN" is not a valid entity type; did you mean PERSON?');
    expect(found['$.entities[2].kind']).toBe('"newspaper" is not a valid organisation kind; did you mean MEDIA_OUTLET?');
    expect(found['$.entities[3].kind']).toMatch(/^missing: required, one of PARTY, PRISON/);
    expect(found['$.relationships[0].status']).toBe('"alleged" is not a valid status; did you mean ALLEGED?');
    // the entity with a bad type still declares its key: no second, misleading "unknown key" problem
    expect(found['$.relationships[0].from']).toBeUndefined();
  });

  it('names an unknown field with the field it probably meant, and a mistyped key', () => {
    const found = messages(
      doc({
        entities: [{ ...entities[0], alias: ['M. Pulman'] }, entities[1], entities[2]],
        relationships: [rel({ to: 'duvanv' })],
      }),
    );
    expect(found['$.entities[0].alias']).toBe('unknown field "alias"; did you mean "aliases"?');
    expect(found['$.relationships[0].to']).toBe('unknown key "duvanv"; did you mean "duvanov"?');
  });

  it('offers nothing rather than a far-fetched guess', () => {
    expect(nearestValid('HATES', RELATIONSHIP_TYPE_NAMES)).toBeNull();
    expect(nearestValid('spaceship', ORGANISATION_KINDS)).toBeNull();
    expect(nearestValid('jail', ORGANISATION_KINDS)).toBe('PRISON');
    expect(nearestValid('employed by', RELATIONSHIP_TYPE_NAMES)).toBe('WORKS_FOR');
  });
});
