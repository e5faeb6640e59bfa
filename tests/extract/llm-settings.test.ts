// The LLM engine's settings and the schema it asks a model to answer in; no endpoint is involved.
import { describe, expect, it } from 'vitest';
import { ORGANISATION_KINDS } from '../../src/domain/entity.js';
import { RELATIONSHIP_TYPE_NAMES } from '../../src/domain/vocabulary.js';
import { answerJsonSchema } from '../../src/extract/llm/answer-schema.js';
import { articleParts } from '../../src/extract/llm/article-parts.js';
import { llmSettingsFromEnv } from '../../src/extract/llm/settings.js';

const base = { KG_LLM_BASE_URL: 'http://localhost:11434/v1', KG_LLM_MODEL: 'llama3.1:8b' };

describe('llmSettingsFromEnv', () => {
  it('reads the endpoint and model, with defaults for the rest and a placeholder key for local servers', () => {
    expect(llmSettingsFromEnv(base)).toEqual({
      baseUrl: base.KG_LLM_BASE_URL,
      model: 'llama3.1:8b',
      apiKey: 'not-needed',
      timeoutMs: 120_000,
      maxRepairRounds: 2,
      maxPartChars: 8000,
    });
    expect(llmSettingsFromEnv({ ...base, KG_LLM_TIMEOUT_MS: '30000', KG_LLM_REPAIR_ROUNDS: '0' })).toMatchObject({
      timeoutMs: 30_000,
      maxRepairRounds: 0,
    });
  });

  it.each([
    [{ KG_LLM_MODEL: 'm' }, /needs KG_LLM_BASE_URL: set it to/],
    [{ KG_LLM_BASE_URL: 'http://x/v1' }, /needs KG_LLM_MODEL: set it to/],
    [{ ...base, KG_LLM_BASE_URL: 'localhost:11434' }, /KG_LLM_BASE_URL is not an http\(s\) URL: "localhost:11434"/],
    [{ ...base, KG_LLM_TIMEOUT_MS: 'soon' }, /KG_LLM_TIMEOUT_MS must be a whole number of at least 1, not "soon"/],
    [{ ...base, KG_LLM_REPAIR_ROUNDS: '-1' }, /KG_LLM_REPAIR_ROUNDS must be a whole number of at least 0/],
  ])('names the variable to fix: %j', (env, message) => {
    expect(() => llmSettingsFromEnv(env)).toThrow(message);
  });
});

type Node = Record<string, unknown>;
function nodes(value: unknown, found: Node[] = []): Node[] {
  if (Array.isArray(value)) value.forEach((v) => nodes(v, found));
  else if (value && typeof value === 'object') {
    found.push(value as Node);
    Object.values(value).forEach((v) => nodes(v, found));
  }
  return found;
}

describe('the answer schema', () => {
  const schema = answerJsonSchema();
  const all = nodes(schema);

  it('is strict: every object closed and every property required (optional ones nullable)', () => {
    const objects = all.filter((n) => n.type === 'object');
    expect(objects.length).toBeGreaterThan(10);
    for (const o of objects) {
      expect(o.additionalProperties).toBe(false);
      expect(o.required).toEqual(Object.keys(o.properties as Node));
    }
  });

  it('has none of the keywords LLM schema modes reject, and leaves the article to the engine', () => {
    const keywords = new Set(all.flatMap((n) => Object.keys(n)));
    for (const rejected of ['default', 'pattern', 'format', 'minLength', 'minItems', 'minimum', 'maximum', 'oneOf', '$schema'])
      expect(keywords).not.toContain(rejected);
    expect(Object.keys(schema.properties as Node)).toEqual(['actors', 'entities', 'events', 'relationships']);
  });

  it("is generated from the format, so its vocabulary is the format's", () => {
    const enums = all.filter((n) => Array.isArray(n.enum)).map((n) => n.enum);
    expect(enums).toContainEqual([...ORGANISATION_KINDS]);
    expect(enums).toContainEqual([...RELATIONSHIP_TYPE_NAMES]);
  });
});

describe('articleParts', () => {
  it('splits at blank lines under the bound, each part a substring of the text', () => {
    const text = ['a'.repeat(300), 'b'.repeat(300), 'c'.repeat(100)].join('\n\n');
    const parts = articleParts(text, 500);
    expect(parts).toEqual(['a'.repeat(300), `${'b'.repeat(300)}\n\n${'c'.repeat(100)}`]);
    parts.forEach((p) => expect(text).toContain(p));
  });

  it('splits a paragraph longer than the bound at sentence ends', () => {
    const sentence = `${'word '.repeat(59)}end. `;
    const parts = articleParts(sentence.repeat(4).trim(), 700);
    expect(parts.length).toBe(2);
    parts.forEach((p) => expect(p.length).toBeLessThanOrEqual(700));
    expect(parts[0].endsWith('end.')).toBe(true);
  });
});
