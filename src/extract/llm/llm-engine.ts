import { ExtractionError } from '../../domain/errors.js';
import type { ExtractionEngine } from '../engine.js';
import type { LlmSettings } from './settings.js';

/** PLACEHOLDER: the LLM helper replaces this file. */
export function createLlmEngine(settings: LlmSettings): ExtractionEngine {
  return {
    name: `llm:${settings.model}`,
    extract: () => Promise.reject(new ExtractionError('the LLM engine is not built yet')),
  };
}
