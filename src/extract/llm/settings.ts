import { ExtractionError } from '../../domain/errors.js';

/** How to reach an OpenAI-compatible endpoint (KG_LLM_BASE_URL, KG_LLM_MODEL, KG_LLM_API_KEY). */
export interface LlmSettings {
  baseUrl: string;
  model: string;
  apiKey: string;
  /** per request */
  timeoutMs: number;
  /** rounds of "here are the validator's problems, fix them" after the first answer */
  maxRepairRounds: number;
  /** an article longer than this (characters) is sent in parts split at paragraphs */
  maxPartChars: number;
}

const DEFAULTS = { timeoutMs: 120_000, maxRepairRounds: 2, maxPartChars: 8_000 };
// local servers (Ollama, llama.cpp) take any key, but the client refuses to start without one
const LOCAL_API_KEY = 'not-needed';

/** The settings of the LLM engine, read from the environment; one clear line for what is missing or wrong. */
export function llmSettingsFromEnv(env: NodeJS.ProcessEnv): LlmSettings {
  const baseUrl = required(env, 'KG_LLM_BASE_URL', 'the endpoint, e.g. http://localhost:11434/v1 for Ollama');
  const model = required(env, 'KG_LLM_MODEL', 'the model name the endpoint serves, e.g. llama3.1:8b');
  checkUrl(baseUrl);
  return {
    baseUrl,
    model,
    apiKey: env.KG_LLM_API_KEY?.trim() || LOCAL_API_KEY,
    timeoutMs: whole(env, 'KG_LLM_TIMEOUT_MS', DEFAULTS.timeoutMs, 1),
    maxRepairRounds: whole(env, 'KG_LLM_REPAIR_ROUNDS', DEFAULTS.maxRepairRounds, 0),
    maxPartChars: whole(env, 'KG_LLM_MAX_PART_CHARS', DEFAULTS.maxPartChars, 500),
  };
}

function required(env: NodeJS.ProcessEnv, name: string, what: string): string {
  const value = env[name]?.trim();
  if (!value) throw new ExtractionError(`--engine llm needs ${name}: set it to ${what}`);
  return value;
}

function checkUrl(baseUrl: string): void {
  let url: URL | null = null;
  try {
    url = new URL(baseUrl);
  } catch {
    // reported below
  }
  if (!url || !/^https?:$/.test(url.protocol)) {
    throw new ExtractionError(
      `KG_LLM_BASE_URL is not an http(s) URL: ${JSON.stringify(baseUrl)}; set it to e.g. http://localhost:11434/v1`,
    );
  }
}

function whole(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new ExtractionError(
      `${name} must be a whole number of at least ${min}, not ${JSON.stringify(raw)}; unset it for the default ${fallback}`,
    );
  }
  return value;
}
