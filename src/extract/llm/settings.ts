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
}

/** PLACEHOLDER: the LLM helper replaces this file. */
export function llmSettingsFromEnv(env: NodeJS.ProcessEnv): LlmSettings {
  const baseUrl = env.KG_LLM_BASE_URL;
  const model = env.KG_LLM_MODEL;
  if (!baseUrl || !model) throw new ExtractionError('--engine llm needs KG_LLM_BASE_URL and KG_LLM_MODEL (and KG_LLM_API_KEY for a hosted endpoint)');
  return { baseUrl, model, apiKey: env.KG_LLM_API_KEY ?? 'none', timeoutMs: 120_000, maxRepairRounds: 2 };
}
