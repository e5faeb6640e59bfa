// These tests run the LLM engine against a real local HTTP server that speaks OpenAI's chat-completions
// protocol with recorded responses: they test what the engine makes of an answer (notes, matches, a
// correct answer left as it is), not a model.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/extract/engine.js';
import { extractArticle } from '../../src/extract/extract.js';
import { answerFrom, article, llmEnv } from './fixtures/llm/recorded.js';
import { chatCompletion, startOpenAiTestServer, type OpenAiTestServer } from '../support/openai-test-server.js';

let server: OpenAiTestServer;
beforeEach(async () => (server = await startOpenAiTestServer()));
afterEach(() => server.close());

describe('a full-size answer that is already right', () => {
  it('passes through unchanged: the seed article with its hand extraction served as the answer', async () => {
    const seed = JSON.parse(readFileSync(new URL('../../seed/kazakhstan-duvanov-beaten-in-prison.json', import.meta.url), 'utf8'));
    const { actors, entities, events, relationships } = seed;
    server.answer(chatCompletion(JSON.stringify({ actors, entities, events, relationships })));
    const { draft } = await extractArticle(
      { text: seed.article.text, title: seed.article.title, source: 'seed' },
      { engine: 'llm', env: llmEnv(server.baseUrl) },
    );
    expect(draft.draft!.warnings).toEqual([]);
    // the hand extraction straightens some curly quotation marks, which the engine restores from the text
    const straight = (v: unknown) =>
      JSON.parse(
        JSON.stringify(v)
          .replace(/[\u2018\u2019]/g, "'")
          .replace(/[\u201C\u201D]/g, '\\"'),
      );
    const withoutNotes = (items: unknown[] = []) => straight(items.map((item) => ({ ...(item as object), draft: undefined })));
    expect(withoutNotes(draft.entities)).toEqual(withoutNotes(entities));
    expect(withoutNotes(draft.events)).toEqual(withoutNotes(events));
    expect(withoutNotes(draft.relationships)).toEqual(withoutNotes(relationships));
    expect(withoutNotes(draft.actors)).toEqual(withoutNotes(actors));
  });
});

describe('matches in the graph', () => {
  it("offers the graph's entities the gazetteer matches to each drafted entity, of the same type only", async () => {
    server.answer(answerFrom('valid-answer.json'));
    const asked: string[][] = [];
    const gazetteer: Gazetteer = {
      lookup: async (names) => {
        asked.push([...names]);
        return names.map((name) =>
          name === 'Daniyar Serikbayev'
            ? [
                { id: 'person:daniyar-serikbaev', name: 'Daniyar Serikbaev', aliases: [], type: 'PERSON' },
                { id: 'place:serikbayev', name: 'Serikbayev', aliases: [], type: 'PLACE' },
              ]
            : [],
        );
      },
    };
    const { draft } = await extractArticle(article, { engine: 'llm', env: llmEnv(server.baseUrl), gazetteer });
    expect(asked).toEqual([draft.entities.map((e) => e.name)]);
    expect(draft.entities[0].draft!.matches).toEqual([{ id: 'person:daniyar-serikbaev', name: 'Daniyar Serikbaev' }]);
    expect(draft.entities[1].draft!.matches ?? []).toEqual([]);
  });
});
