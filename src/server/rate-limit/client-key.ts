import type { IncomingMessage } from 'node:http';
import { isIPv4, isIPv6 } from 'node:net';
import type { Viewer } from '../../access/viewer.js';

/** Longest X-Forwarded-For read: a proxy appends one address per hop, so anything longer is a client's padding. */
const MAX_FORWARDED_LENGTH = 1024;

/**
 * The address a request comes from. With no trusted proxy, the socket's peer: a client cannot choose it.
 * Behind `trustedProxies` proxies, each appending the address it received the request from to
 * X-Forwarded-For, the client is the entry the outermost of them wrote, counted from the right; entries to
 * its left were written by the client and are never believed. Without enough entries (a request that
 * bypassed the proxies), the socket's peer.
 */
export function clientAddress(request: IncomingMessage, trustedProxies: number): string {
  const peer = request.socket.remoteAddress ?? 'unknown';
  const forwarded = request.headers['x-forwarded-for'];
  if (trustedProxies === 0 || typeof forwarded !== 'string' || forwarded.length > MAX_FORWARDED_LENGTH) return peer;
  const hops = [...forwarded.split(','), peer].map((hop) => hop.trim());
  const client = hops[hops.length - 1 - trustedProxies];
  return client !== undefined && (isIPv4(client) || isIPv6(client)) ? client : peer;
}

/**
 * Addresses as one client: an IPv4-mapped IPv6 address is its IPv4 address, and an IPv6 address counts by
 * its /64, the block one subscriber or host is given, so a client cannot take a fresh budget per address.
 */
export function addressKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1];
  if (!isIPv6(address)) return address;
  return `${expandIPv6(address).slice(0, 4).join(':')}::/64`;
}

/** The eight groups of an IPv6 address, "::" expanded (an embedded IPv4 tail counts as the last two). */
function expandIPv6(address: string): string[] {
  const [head, tail = ''] = address.split('::');
  const groups = (part: string) => (part === '' ? [] : part.split(':').map((g) => (g.includes('.') ? '0' : g.toLowerCase())));
  const left = groups(head);
  const right = address.includes('::') ? groups(tail) : [];
  return [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
}

/**
 * Whose budget a request spends: a valid token's holder (however many addresses it comes from), else its
 * address. An unknown token counts as its address, so inventing tokens buys no fresh budget.
 */
export function clientKey(viewer: Viewer, address: string): string {
  if (viewer.kind === 'reader' || viewer.kind === 'editor') return `token:${viewer.name}`;
  return `address:${addressKey(address)}`;
}
