import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A real HTTP server on 127.0.0.1 that speaks OpenAI's chat-completions protocol with recorded answers:
 * each POST /v1/chat/completions takes the next answer from the queue, and every request is kept for the
 * test to inspect. It stands in for a model server so the engine's protocol handling (structured output,
 * repair rounds, retries, timeouts, refusals) runs for real over the network; it does not test a model.
 */
export interface RecordedAnswer {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** never answer: the request stays open until the client gives up */
  hang?: boolean;
}

/** The parts of a chat-completions request the tests look at. */
export interface ChatRequestBody {
  model: string;
  messages: Array<{ role: string; content: string }>;
  response_format?: { type: string; json_schema?: { name: string; strict?: boolean; schema: Record<string, unknown> } };
}

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** the JSON body as the client sent it */
  body: ChatRequestBody;
  /** ms since the server started */
  at: number;
}

export interface OpenAiTestServer {
  /** e.g. http://127.0.0.1:40123/v1, as KG_LLM_BASE_URL */
  baseUrl: string;
  received: ReceivedRequest[];
  /** queue answers for the coming requests, in order */
  answer(...answers: RecordedAnswer[]): void;
  close(): Promise<void>;
}

export async function startOpenAiTestServer(): Promise<OpenAiTestServer> {
  const queue: RecordedAnswer[] = [];
  const received: ReceivedRequest[] = [];
  const started = performance.now();
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    req.on('end', () => {
      received.push({
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body: raw ? JSON.parse(raw) : undefined,
        at: performance.now() - started,
      });
      const next: RecordedAnswer =
        req.method === 'POST' && req.url === '/v1/chat/completions'
          ? (queue.shift() ?? { status: 500, body: { error: { message: 'the test server has no recorded answer left for this request' } } })
          : { status: 404, body: { error: { message: `no route ${req.method} ${req.url}` } } };
      if (next.hang) return;
      res.writeHead(next.status ?? 200, { 'content-type': 'application/json', ...next.headers });
      res.end(typeof next.body === 'string' ? next.body : JSON.stringify(next.body ?? {}));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    received,
    answer: (...answers) => queue.push(...answers),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections(); // hanging requests included
        server.close(() => resolve());
      }),
  };
}

/** A chat completion as an OpenAI-compatible server sends it, with the model's text as the message content. */
export function chatCompletion(
  content: string | null,
  options: { refusal?: string; finishReason?: string; usage?: { prompt: number; completion: number } } = {},
): RecordedAnswer {
  const usage = options.usage ?? { prompt: 1000, completion: 400 };
  return {
    body: {
      id: 'chatcmpl-recorded',
      object: 'chat.completion',
      created: 1_700_000_000,
      model: 'recorded-model',
      choices: [
        {
          index: 0,
          finish_reason: options.finishReason ?? 'stop',
          message: { role: 'assistant', content, refusal: options.refusal ?? null },
        },
      ],
      usage: { prompt_tokens: usage.prompt, completion_tokens: usage.completion, total_tokens: usage.prompt + usage.completion },
    },
  };
}

/** A port nothing listens on (bound, then released), for "unreachable endpoint". */
export async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/v1`;
}
