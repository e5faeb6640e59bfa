import { createGraphQLError, type Plugin } from 'graphql-yoga';

function tooLarge(maxBytes: number) {
  return createGraphQLError(`The request body is larger than ${maxBytes} bytes, the most this server accepts (KG_MAX_BODY_BYTES).`, {
    extensions: { code: 'REQUEST_TOO_LARGE', http: { status: 413 } },
  });
}

/**
 * Yoga answers a body that is not JSON with the JSON parser's own error under `extensions.originalError`
 * (and its status hinges on that extension: without it, 200 under application/json). The client gets
 * what it needs instead: a 400 that says what is wrong, under either media type.
 */
function notJson() {
  return createGraphQLError('The request body is not valid JSON.', { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
}

function isParserFailure(error: unknown): boolean {
  const extensions =
    error instanceof Error && 'extensions' in error ? (error.extensions as Record<string, unknown> | undefined) : undefined;
  return extensions?.code === 'BAD_REQUEST' && extensions.originalError !== undefined;
}

/** Reads at most maxBytes + 1 of a body stream, so a huge or endless body is never held whole in memory. */
async function readCapped(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array | null> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * Refuses request bodies over maxBytes with 413 before they are parsed: at once when Content-Length says
 * so, otherwise (chunked bodies) as soon as the bytes read pass the limit. The body is then handed to
 * yoga's own parser unchanged; a body it cannot parse is a plain 400.
 */
export function useBodyLimit(maxBytes: number): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser }) {
      if (!request.body || !requestParser) return;
      const declared = Number(request.headers.get('content-length'));
      if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
      setRequestParser(async (req) => {
        const bytes = await readCapped(req.body!, maxBytes);
        if (bytes === null) throw tooLarge(maxBytes);
        try {
          return await requestParser(
            new Request(req.url, { method: req.method, headers: req.headers, body: new Blob([bytes as Uint8Array<ArrayBuffer>]) }),
          );
        } catch (error) {
          throw isParserFailure(error) ? notJson() : error;
        }
      });
    },
  };
}
