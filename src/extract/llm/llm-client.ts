import OpenAI, { APIError } from 'openai';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { ExtractionError } from '../../domain/errors.js';
import { ANSWER_SCHEMA_NAME, answerJsonSchema } from './answer-schema.js';
import { describeLlmError } from './llm-errors.js';
import type { LlmSettings } from './settings.js';

export type ChatMessage = ChatCompletionMessageParam;
export interface TokenCount {
  prompt: number;
  completion: number;
}
interface ChatAnswer {
  /** the model's text, expected to be JSON in the answer schema */
  content: string;
  tokens: TokenCount;
}
export interface LlmClient {
  complete(messages: ChatMessage[], signal?: AbortSignal): Promise<ChatAnswer>;
}

/** 429 and 5xx are tried again this many times, waiting what the server asks (retry-after), within a bound. */
const MAX_RETRIES = 2;
/** a server asking for a longer wait than this is reported rather than waited for */
const MAX_RETRY_WAIT_MS = 60_000;

/**
 * A chat-completions client for one endpoint. The openai client's own retries are off: it waits whatever
 * retry-after says, unbounded, and retries timeouts, which would multiply KG_LLM_TIMEOUT_MS. Here every
 * request is bounded by the timeout and every wait by MAX_RETRY_WAIT_MS.
 */
export function createLlmClient(settings: LlmSettings): LlmClient {
  const client = new OpenAI({ baseURL: settings.baseUrl, apiKey: settings.apiKey, timeout: settings.timeoutMs, maxRetries: 0 });
  const request = (messages: ChatMessage[], signal?: AbortSignal) =>
    client.chat.completions.create(
      {
        model: settings.model,
        messages,
        response_format: { type: 'json_schema', json_schema: { name: ANSWER_SCHEMA_NAME, strict: true, schema: answerJsonSchema() } },
      },
      { signal },
    );
  return {
    async complete(messages, signal) {
      for (let attempt = 0; ; attempt++) {
        try {
          return readAnswer(await request(messages, signal), settings);
        } catch (error) {
          const wait = retryWait(error, attempt, settings);
          if (wait === null) throw describeLlmError(error, settings);
          await sleep(wait, signal);
        }
      }
    },
  };
}

function readAnswer(completion: OpenAI.Chat.Completions.ChatCompletion, settings: LlmSettings): ChatAnswer {
  const choice = completion.choices?.[0];
  const at = `the model ${settings.model} at ${settings.baseUrl}`;
  if (!choice) throw new ExtractionError(`${at} sent no answer (no choices): check that the endpoint speaks OpenAI chat completions`);
  if (choice.message.refusal) throw new ExtractionError(`${at} refused to extract: "${choice.message.refusal.slice(0, 200)}"`);
  if (choice.finish_reason === 'content_filter')
    throw new ExtractionError(`${at} stopped its answer at its content filter: try another KG_LLM_MODEL`);
  if (choice.finish_reason === 'length') {
    throw new ExtractionError(
      `${at} ran out of output tokens mid-answer: set KG_LLM_MAX_PART_CHARS lower (now ${settings.maxPartChars}) so each part asks for less`,
    );
  }
  const usage = completion.usage;
  return {
    content: choice.message.content ?? '',
    tokens: { prompt: usage?.prompt_tokens ?? 0, completion: usage?.completion_tokens ?? 0 },
  };
}

/** How long to wait before trying again, or null to give up. */
function retryWait(error: unknown, attempt: number, settings: LlmSettings): number | null {
  if (!(error instanceof APIError) || attempt >= MAX_RETRIES) return null;
  const status = error.status ?? 0;
  if (status !== 429 && status < 500) return null;
  const asked = retryAfterMs(error.headers);
  if (asked !== null && asked > MAX_RETRY_WAIT_MS) {
    throw new ExtractionError(
      `the LLM endpoint ${settings.baseUrl} is rate-limiting (${status}) and asks to wait ${Math.ceil(asked / 1000)} s: try again later`,
      error,
    );
  }
  return asked ?? 1000 * 2 ** attempt;
}

/** retry-after-ms (milliseconds), or retry-after as seconds or an HTTP date; null when absent or unreadable. */
function retryAfterMs(headers: Headers | undefined): number | null {
  const ms = Number(headers?.get('retry-after-ms') ?? NaN);
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const raw = headers?.get('retry-after');
  if (!raw) return null;
  const seconds = Number(raw);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(raw);
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now());
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new ExtractionError('LLM extraction cancelled'));
    const timer = setTimeout(resolve, ms);
    const cancel = () => {
      clearTimeout(timer);
      reject(new ExtractionError('LLM extraction cancelled'));
    };
    signal?.addEventListener('abort', cancel, { once: true });
  });
}
