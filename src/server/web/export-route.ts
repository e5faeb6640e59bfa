import type { Logger } from 'pino';
import { KgError, NotFoundError, StoreUnavailableError, ValidationError } from '../../domain/errors.js';
import { collectExport, EXPORT_FORMAT_NAMES, EXPORT_FORMATS, isExportFormat, type ExportScope } from '../../export/index.js';
import type { GraphStore } from '../../storage/graph-store.js';

/** A whole-graph download is built in memory: past this many entities, export a neighbourhood or use `kg export`. */
export const HTTP_EXPORT_MAX_NODES = 5000;

function integer(params: URLSearchParams, name: string, fallback: number): number {
  const raw = params.get(name);
  if (raw === null || raw === '') return fallback;
  if (!/^\d{1,6}$/.test(raw))
    throw new ValidationError([{ path: name, message: `must be a whole number; got ${JSON.stringify(raw.slice(0, 40))}` }]);
  return Number(raw);
}

function scopeOf(params: URLSearchParams): ExportScope {
  const id = params.get('id');
  const from = params.get('from');
  const to = params.get('to');
  if (id) return { kind: 'neighbourhood', id, depth: integer(params, 'depth', 1), limit: integer(params, 'limit', 200) };
  if (from && to) return { kind: 'path', from, to, maxLength: integer(params, 'maxLength', 4) };
  if (params.get('all') === '1') return { kind: 'all', maxNodes: HTTP_EXPORT_MAX_NODES };
  throw new ValidationError([
    {
      path: 'query',
      message: 'give id (a neighbourhood, with depth and limit), from and to (a path, with maxLength) or all=1 (the whole graph)',
    },
  ]);
}

function errorResponse(status: number, code: string, message: string): Response {
  return Response.json({ error: { code, message } }, { status });
}

/** GET /export?format=gexf&id=person:sergei-duvanov&depth=1: a download of the same subgraphs the API answers. */
export async function handleExport(url: URL, store: GraphStore, logger: Logger): Promise<Response> {
  const format = url.searchParams.get('format') ?? '';
  try {
    if (!isExportFormat(format)) {
      throw new ValidationError([
        {
          path: 'format',
          message: `${JSON.stringify(format.slice(0, 40))} is not a format; the formats are ${EXPORT_FORMAT_NAMES.join(', ')}`,
        },
      ]);
    }
    const scope = scopeOf(url.searchParams);
    const spec = EXPORT_FORMATS[format];
    const body = spec.render(await collectExport(store, scope));
    const name =
      scope.kind === 'all'
        ? 'graph'
        : (scope.kind === 'path' ? `path-${scope.from}-${scope.to}` : scope.id).replace(/[^A-Za-z0-9-]+/g, '-');
    return new Response(body, {
      headers: { 'content-type': spec.mediaType, 'content-disposition': `attachment; filename="${name}.${spec.extension}"` },
    });
  } catch (error) {
    if (error instanceof ValidationError)
      return errorResponse(400, error.code, error.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
    if (error instanceof NotFoundError) return errorResponse(404, error.code, error.message);
    if (error instanceof StoreUnavailableError) return errorResponse(503, error.code, 'The graph store is unavailable; try again shortly.');
    logger.error({ err: error, url: url.pathname + url.search }, 'export failed');
    return errorResponse(500, error instanceof KgError ? error.code : 'INTERNAL_SERVER_ERROR', 'Unexpected error.');
  }
}
