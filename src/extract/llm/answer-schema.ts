import { z } from 'zod';
import { extractionDocumentV2 } from '../../ingest/extraction-format.js';

/**
 * The JSON Schema a model answers in: kg-extraction/2 as z.toJSONSchema gives it, made acceptable to LLM
 * structured-output modes (OpenAI strict, Ollama, vLLM, llama.cpp grammars), which reject defaults,
 * patterns, formats and bounds and want every property required. So: optional becomes nullable, the
 * unsupported keywords go, and what the engine fills itself (article, format, draft info, reviewer notes)
 * is left out. Where the format has a `draft` note, the model is asked for its `confidence` instead.
 * Derived, not copied: a change to the format reaches the model's schema.
 */
export const ANSWER_SCHEMA_NAME = 'kg_extraction_draft';

type Json = Record<string, unknown>;

const UNSUPPORTED = new Set([
  '$schema',
  'default',
  'pattern',
  'format',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
]);
/** filled by the engine, not the model */
const ENGINE_FILLED = new Set(['$schema', 'format', 'article', 'notes']);
const CONFIDENCE = { type: 'number', description: 'how sure you are that the article says this, from 0 to 1' };

const isJson = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function compact(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(compact);
  if (!isJson(node)) return node;
  const out: Json = {};
  for (const [k, v] of Object.entries(node)) {
    if (UNSUPPORTED.has(k)) continue;
    if (k === 'oneOf') out.anyOf = compact(v);
    else if (k === 'const') out.enum = [v];
    else if (k === 'properties') continue;
    else out[k] = compact(v);
  }
  if (node.type === 'object' && isJson(node.properties))
    Object.assign(out, strictObject(node.properties, new Set(node.required as string[] | undefined)));
  return out;
}

/** Every property required, the optional ones nullable; `draft` notes become the model's confidence. */
function strictObject(properties: Json, required: Set<string>): Json {
  const props: Json = {};
  for (const [name, schema] of Object.entries(properties)) {
    if (ENGINE_FILLED.has(name)) continue;
    if (name === 'draft') {
      props.confidence = CONFIDENCE;
      continue;
    }
    const inner = compact(schema) as Json;
    props[name] = required.has(name) ? inner : nullable(inner);
  }
  return { properties: props, required: Object.keys(props), additionalProperties: false };
}

function nullable(schema: Json): Json {
  const { description, ...rest } = schema;
  return { ...(description !== undefined && { description }), anyOf: [rest, { type: 'null' }] };
}

let cached: Json | undefined;

/** The compact, strict schema of a model's answer (computed once). */
export function answerJsonSchema(): Json {
  if (!cached) {
    const full = z.toJSONSchema(extractionDocumentV2, { io: 'input', target: 'draft-2020-12' }) as Json;
    const root = compact(full) as Json;
    // the top-level draft info is the engine's, not the model's
    const { confidence: _none, ...properties } = root.properties as Json;
    cached = { ...root, properties, required: Object.keys(properties) };
  }
  return cached;
}
