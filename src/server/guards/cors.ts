import type { Plugin } from 'graphql-yoga';

const ALLOWED_METHODS = 'GET, POST';
/** Preflight answers may be cached this long (seconds): the allow-list only changes with a restart. */
const PREFLIGHT_MAX_AGE = '600';

/** Adds `value` to the Vary header unless it is already there. */
function appendVary(headers: Headers, value: string): void {
  const present = headers.get('vary');
  if (!present) headers.set('vary', value);
  else if (
    !present
      .toLowerCase()
      .split(/\s*,\s*/)
      .includes(value.toLowerCase())
  )
    headers.set('vary', `${present}, ${value}`);
}

/** An origin as browsers serialise it: lower-case host, no default port ("https://Desk.example.org:443"). */
function asBrowsersSendIt(origin: string): string {
  try {
    return new URL(origin).origin;
  } catch {
    return origin;
  }
}

/** Whether a request's Origin is on the list (compared as browsers serialise origins). */
export function originAllowList(origins: readonly string[]): (origin: string | null) => boolean {
  const allowed = new Set(origins.map(asBrowsersSendIt));
  return (origin) => allowed.has(origin ?? '');
}

/**
 * CORS for an explicit allow-list of origins (KG_CORS_ORIGINS), in place of yoga's, which answers a
 * disallowed origin with `Access-Control-Allow-Origin: null` once two origins are listed: a sandboxed
 * iframe or a file:// page sends `Origin: null` and would be allowed. Here an origin is allowed only when
 * it is on the list (the config accepts only http(s) origins, so never "null" or "*");
 * any other gets no CORS headers at all. Every response says `Vary: Origin`, since its headers depend on
 * it, so no cache serves one origin's answer to another. Cookies are never allowed (tokens travel in
 * Authorization, which an allowed origin may send).
 */
export function useCorsAllowList(origins: readonly string[]): Plugin {
  const isAllowedOrigin = originAllowList(origins);
  const isAllowed = (request: Request) => isAllowedOrigin(request.headers.get('origin'));
  return {
    onRequest({ request, endResponse }) {
      if (request.method !== 'OPTIONS') return;
      // a preflight is answered here, before any token check: browsers never send credentials with one
      endResponse(new Response(null, { status: 204, headers: { 'content-length': '0' } }));
    },
    onResponse({ request, response }) {
      appendVary(response.headers, 'Origin');
      if (!isAllowed(request)) return;
      response.headers.set('access-control-allow-origin', request.headers.get('origin')!);
      response.headers.set('access-control-expose-headers', 'x-request-id');
      if (request.method !== 'OPTIONS') return;
      response.headers.set('access-control-allow-methods', ALLOWED_METHODS);
      const asked = request.headers.get('access-control-request-headers');
      if (asked) response.headers.set('access-control-allow-headers', asked);
      response.headers.set('access-control-max-age', PREFLIGHT_MAX_AGE);
      appendVary(response.headers, 'Access-Control-Request-Headers');
    },
  };
}
