// These tests run the LLM engine against a real local HTTP server that speaks OpenAI's chat-completions
// protocol and answers with recorded responses (tests/extract/fixtures/llm). They test the protocol, the
// repair loop, quote anchoring and merging, not a model: the answers are fixed, whatever the prompt says.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/extract.js';
import { validateExtraction } from '../../src/ingest/validate.js';
import { ORGANISATION_KINDS } from '../../src/domain/entity.js';
import { answerFrom, article, fixture, llmEnv } from './fixtures/llm/recorded.js';
import { chatCompletion, startOpenAiTestServer, type OpenAiTestServer } from '../support/openai-test-server.js';

let server: OpenAiTestServer;
beforeEach(async () => (server = await startOpenAiTestServer()));
afterEach(() => server.close());

const extract = (extra: Record<string, string> = {}, onProgress?: (done: number, total: number) => void) =>
  extractArticle(article, { engine: 'llm', env: llmEnv(server.baseUrl, extra), onProgress });

describe('the LLM engine, on a valid answer', () => {
  it('asks for strict structured output from the configured model, and returns a draft that validates with verbatim quotes', async () => {
    server.answer(answerFrom('valid-answer.json', { prompt: 1200, completion: 800 }));
    const { draft } = await extract();

    const [request] = server.received;
    expect(request.body.model).toBe('recorded-model');
    expect(request.body.response_format?.type).toBe('json_schema');
    expect(request.body.response_format?.json_schema?.strict).toBe(true);
    // the prompt carries the vocabulary and the article
    expect(request.body.messages[0].content).toContain('REPRESENTS: acts for someone as their lawyer');
    expect(request.body.messages[0].content).toContain(ORGANISATION_KINDS.join(', '));
    expect(request.body.messages[1].content).toContain(article.text.trim());

    expect(() => validateExtraction(draft)).not.toThrow();
    expect(draft.article.text).toBe(article.text);
    expect(draft.entities.map((e) => e.key)).toEqual([
      'daniyar-serikbayev',
      'galym-nurmagambetov',
      'almaty',
      'interior-ministry',
      'vremya-vostoka',
    ]);
    // the model's nulls are gone: absent, as the format wants
    expect(JSON.stringify(draft)).not.toContain('null');
    expect(draft.draft).toMatchObject({ engine: 'llm:recorded-model', tokens: { prompt: 1200, completion: 800 }, warnings: [] });
  });

  it('notes each item with the model confidence and the offsets of its quotes in the text', async () => {
    server.answer(answerFrom('valid-answer.json'));
    const { draft } = await extract();
    const represents = draft.relationships!.find((r) => r.type === 'REPRESENTS')!;
    const [span] = represents.draft!.spans!;
    expect(article.text.slice(span.start, span.end)).toBe('His lawyer, Galym Nurmagambetov');
    expect(represents.draft).toMatchObject({ confidence: 0.9, cue: 'llm' });
    const released = draft.events!.find((e) => e.key === 'serikbayev-released')!;
    // an event's spans include its quantity's quote
    expect(released.draft!.spans!.map((s) => article.text.slice(s.start, s.end))).toContain('a fine of 50,000 tenge');
  });
});

describe('quotes that are not in the text', () => {
  it('re-anchors a paraphrase to the closest sentence, drops an invented quote and the item left without one, and reports each', async () => {
    server.answer(answerFrom('paraphrased-answer.json'));
    const { draft } = await extract();
    const warnings = draft.draft!.warnings!;

    const represents = draft.relationships!.find((r) => r.type === 'REPRESENTS')!;
    expect(represents.quotes).toEqual(['His lawyer, Galym Nurmagambetov, said Serikbayev had been beaten in custody.']);
    expect(represents.draft!.confidence).toBeLessThan(0.9);
    expect(warnings.some((w) => w.includes('re-anchored') && w.includes('who is Serikbayev'))).toBe(true);

    const outlet = draft.entities.find((e) => e.key === 'vremya-vostoka')!;
    expect(outlet.mentions).toEqual(['the newspaper Vremya Vostoka']);
    expect(warnings.some((w) => w.includes('dropped the quote') && w.includes('press award'))).toBe(true);

    expect(draft.entities.find((e) => e.key === 'bar-association')).toBeUndefined();
    expect(warnings).toContain('organisation "Kazakhstan Bar Association": dropped, no quote of it is in the text');

    // a quote off only by spacing takes the text's own characters, silently
    expect(draft.entities.find((e) => e.key === 'interior-ministry')!.mentions).toEqual([
      'The interior ministry denied that any force was used.',
    ]);
  });
});

describe('the repair loop', () => {
  it('sends malformed JSON back with the parse problem, and uses the repaired answer', async () => {
    server.answer(chatCompletion(fixture('malformed-answer.txt')), answerFrom('valid-answer.json'));
    const { draft } = await extract();
    expect(server.received).toHaveLength(2);
    const repair = server.received[1].body.messages;
    expect(repair.at(-2)).toMatchObject({ role: 'assistant', content: fixture('malformed-answer.txt') });
    expect(repair.at(-1)!.content).toMatch(/^Your answer has these problems:\n- \$: not valid JSON/);
    expect(draft.entities).toHaveLength(5);
    expect(draft.draft!.tokens).toEqual({ prompt: 2000, completion: 800 });
  });

  it("sends the validator's problems back, and accepts the fix", async () => {
    server.answer(answerFrom('unknown-key-answer.json'), answerFrom('valid-answer.json'));
    const { draft } = await extract();
    expect(server.received[1].body.messages.at(-1)!.content).toContain('$.relationships[1].from: unknown key "serikbayev"');
    expect(draft.relationships!.map((r) => r.type)).toEqual(['REPRESENTS', 'WRITES_FOR', 'BASED_IN']);
    expect(draft.draft!.warnings).toEqual([]);
  });

  it('stops after KG_LLM_REPAIR_ROUNDS, drops what is still invalid and says so', async () => {
    server.answer(answerFrom('unknown-key-answer.json'), answerFrom('unknown-key-answer.json'));
    const { draft } = await extract({ KG_LLM_REPAIR_ROUNDS: '1' });
    expect(server.received).toHaveLength(2);
    expect(draft.relationships!.map((r) => r.type)).toEqual(['REPRESENTS', 'BASED_IN']);
    expect(draft.draft!.warnings).toEqual([
      expect.stringMatching(
        /^relationship WRITES_FOR serikbayev -> vremya-vostoka: dropped, still invalid after repair \(.*unknown key "serikbayev"/,
      ),
    ]);
  });

  it('gives up with one clear line when the answer is never JSON', async () => {
    server.answer(chatCompletion('Sure! Here is the graph: ...'), chatCompletion('{"entities": ['));
    await expect(extract({ KG_LLM_REPAIR_ROUNDS: '1' })).rejects.toThrow(/still not JSON after 1 repair round.*KG_LLM_REPAIR_ROUNDS/);
  });
});

describe('a long article', () => {
  it('is sent in parts split at paragraphs, reports progress per part, and merges the parts by name with unique keys', async () => {
    server.answer(answerFrom('part-1-answer.json'), answerFrom('part-2-answer.json'));
    const progress: Array<[number, number]> = [];
    const { draft } = await extract({ KG_LLM_MAX_PART_CHARS: '500' }, (done, total) => progress.push([done, total]));

    expect(progress).toEqual([
      [0, 2],
      [1, 2],
      [2, 2],
    ]);
    const [first, second] = server.received.map((r) => r.body.messages[1].content);
    expect(first).toContain('part 1 of 2');
    expect(first).toContain('The interior ministry denied');
    expect(second).toContain('His supporters claim');
    expect(second).not.toContain('Police in Almaty');

    // "Serikbayev" of part 2 is the "Daniyar Serikbayev" of part 1, and its references follow
    expect(draft.entities.filter((e) => e.type === 'PERSON').map((e) => e.key)).toEqual(['daniyar-serikbayev', 'galym-nurmagambetov']);
    expect(draft.relationships!.find((r) => r.type === 'WRITES_FOR')).toMatchObject({ from: 'daniyar-serikbayev', to: 'vremya-vostoka' });
    // two different events that both had the key "serikbayev-detained"
    expect(draft.events!.map((e) => e.key)).toEqual([
      'serikbayev-detained',
      'serikbayev-beaten',
      'serikbayev-released',
      'serikbayev-detained-2',
    ]);
    expect(draft.draft!.tokens).toEqual({ prompt: 2000, completion: 800 });
  });
});
