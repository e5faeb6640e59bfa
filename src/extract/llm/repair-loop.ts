import { ExtractionError, type ValidationProblem } from '../../domain/errors.js';
import type { ArticleSource } from '../engine.js';
import { anchorDraftQuotes } from './anchor-draft.js';
import { draftProblems } from './drop-invalid.js';
import type { ChatMessage, LlmClient, TokenCount } from './llm-client.js';
import type { LooseDraft } from './loose-json.js';
import { asModelAnswer, readModelAnswer } from './model-answer.js';
import { articleMessage, repairMessage, systemPrompt } from './prompt.js';

interface PartRequest {
  client: LlmClient;
  article: ArticleSource;
  text: string;
  index: number;
  total: number;
  maxRepairRounds: number;
  signal?: AbortSignal;
}

export interface PartDraft {
  draft: LooseDraft;
  /** what re-anchoring changed in the kept answer */
  warnings: string[];
  tokens: TokenCount;
}

/**
 * One part of an article, asked of the model and repaired: each answer is read, its quotes anchored to the
 * text, and validated; the validator's problems go back to the model, at most `maxRepairRounds` times. The
 * assistant turn of a repair round is the answer as kept (quotes re-anchored), so the problems' paths point
 * into what the model sees. The last answer is returned even if problems remain: the caller drops those
 * items after merging. Only an answer that is never JSON is an error.
 */
export async function extractPart(request: PartRequest): Promise<PartDraft> {
  const { client, article, maxRepairRounds, signal } = request;
  const messages: ChatMessage[] = [
    { role: 'system', content: systemPrompt() },
    { role: 'user', content: articleMessage(request.text, request, article.title) },
  ];
  const tokens: TokenCount = { prompt: 0, completion: 0 };
  let problems: ValidationProblem[] = [];
  for (let round = 0; round <= maxRepairRounds; round++) {
    if (round > 0) messages.push({ role: 'user', content: repairMessage(problems) });
    const answer = await client.complete(messages, signal);
    tokens.prompt += answer.tokens.prompt;
    tokens.completion += answer.tokens.completion;
    const read = readModelAnswer(answer.content, article);
    if ('problems' in read) {
      problems = read.problems;
      messages.push({ role: 'assistant', content: answer.content });
      continue;
    }
    const warnings = anchorDraftQuotes(read.draft);
    problems = draftProblems(read.draft);
    if (problems.length === 0 || round === maxRepairRounds) return { draft: read.draft, warnings, tokens };
    messages.push({ role: 'assistant', content: asModelAnswer(read.draft) });
  }
  const where = request.total > 1 ? ` (part ${request.index + 1} of ${request.total})` : '';
  throw new ExtractionError(
    `${article.source}${where}: the model's answer is still not JSON after ${maxRepairRounds} repair round(s) (${problems[0]?.message.slice(0, 120)}): try another KG_LLM_MODEL or raise KG_LLM_REPAIR_ROUNDS`,
  );
}
