import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { ExtractionError } from '../../domain/errors.js';
import type { LlmSettings } from './settings.js';

/** The innermost system error code of a failed connection (ECONNREFUSED, ENOTFOUND, ...), if any. */
function systemCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return code;
  }
  return undefined;
}

/** The server's own words, shortened: an OpenAI-style error body or whatever text it sent. */
function serverSays(error: APIError): string {
  const body = error.error as { message?: unknown } | undefined;
  const text = typeof body?.message === 'string' ? body.message : error.message;
  return text.replace(/\s+/g, ' ').slice(0, 200);
}

/**
 * One line for a user, naming what went wrong and the setting to look at. Every failure of a call to the
 * endpoint passes through here, so the CLI never prints a client library's stack or status object.
 */
export function describeLlmError(error: unknown, settings: LlmSettings): ExtractionError {
  if (error instanceof ExtractionError) return error;
  const at = `the LLM endpoint ${settings.baseUrl}`;
  if (error instanceof APIUserAbortError) return new ExtractionError('LLM extraction cancelled', error);
  if (error instanceof APIConnectionTimeoutError) {
    return new ExtractionError(
      `${at} did not answer within ${settings.timeoutMs} ms (KG_LLM_TIMEOUT_MS): raise it for a slow model, or check the server`,
      error,
    );
  }
  if (error instanceof APIConnectionError) {
    const code = systemCode(error);
    return new ExtractionError(
      `cannot reach ${at}${code ? ` (${code})` : ''}: check KG_LLM_BASE_URL and that the server is running`,
      error,
    );
  }
  if (error instanceof APIError) return new ExtractionError(statusLine(error, at, settings), error);
  return new ExtractionError(`${at} failed: ${(error as Error)?.message ?? String(error)}`, error);
}

function statusLine(error: APIError, at: string, settings: LlmSettings): string {
  const says = serverSays(error);
  switch (error.status) {
    case 401:
    case 403:
      return `${at} refused the API key (${error.status}: ${says}): check KG_LLM_API_KEY`;
    case 404:
      return `${at} has no model "${settings.model}" or no chat completions there (404: ${says}): check KG_LLM_MODEL, and that KG_LLM_BASE_URL ends with the API root such as /v1`;
    case 429:
      return `${at} is still rate-limiting after retries (429: ${says}): wait and try again, or raise your quota`;
    case 400:
    case 422:
      return `${at} rejected the request (${error.status}: ${says}): the model may not support structured output (json_schema); try another KG_LLM_MODEL`;
    default:
      return `${at} answered ${error.status ?? 'with an error'} (${says}): try again, or check the server's log`;
  }
}
