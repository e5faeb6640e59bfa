import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { CostBuckets } from '../../src/server/rate-limit/cost-buckets.js';
import { addressKey, clientAddress, clientKey } from '../../src/server/rate-limit/client-key.js';

function clock() {
  let ms = 0;
  return { now: () => ms, advance: (by: number) => (ms += by) };
}

describe('per-client cost buckets', () => {
  it('lets a client in while it has budget, then says how long to wait for it to refill', () => {
    const time = clock();
    const buckets = new CostBuckets({ budget: 1000, windowMs: 10_000, maxClients: 10, now: time.now });
    expect(buckets.waitMs('a')).toBe(0);
    buckets.charge('a', 600);
    expect(buckets.waitMs('a')).toBe(0);
    buckets.charge('a', 600); // one request may overdraw: its cost is known only once it is let in
    // 200 in debt, refilling 1000 per 10 s: 201 units (to reach 1) take 2010 ms
    expect(buckets.waitMs('a')).toBe(2010);
    expect(buckets.waitMs('b')).toBe(0);
    time.advance(2010);
    expect(buckets.waitMs('a')).toBe(0);
    // refilling stops at the budget: a long idle client cannot bank more than one window's worth
    time.advance(1_000_000);
    buckets.charge('a', 1000);
    expect(buckets.waitMs('a')).toBeGreaterThan(0);
  });

  it('tracks at most maxClients, forgetting the one seen longest ago', () => {
    const time = clock();
    const buckets = new CostBuckets({ budget: 10, windowMs: 60_000, maxClients: 100, now: time.now });
    for (let i = 0; i < 100_000; i++) buckets.charge(`client-${i}`, 10);
    expect(buckets.size).toBe(100);
    expect(buckets.waitMs('client-99999')).toBeGreaterThan(0);
    expect(buckets.waitMs('client-0')).toBe(0); // forgotten: a full budget again
    // a client that keeps coming back stays tracked while others come and go
    const busy = new CostBuckets({ budget: 10, windowMs: 60_000, maxClients: 3, now: time.now });
    busy.charge('hostile', 10);
    for (let i = 0; i < 10; i++) {
      busy.charge(`passer-${i}`, 1);
      busy.charge('hostile', 10);
    }
    expect(busy.waitMs('hostile')).toBeGreaterThan(0);
    // reading a bucket creates none
    expect(busy.waitMs('never-charged')).toBe(0);
    expect(busy.size).toBe(3);
  });
});

const request = (remoteAddress: string, forwarded?: string) =>
  ({ socket: { remoteAddress }, headers: forwarded === undefined ? {} : { 'x-forwarded-for': forwarded } }) as unknown as IncomingMessage;

describe('whose budget a request spends', () => {
  it('believes X-Forwarded-For only as far as the trusted proxies wrote it', () => {
    expect(clientAddress(request('10.0.0.5', '198.51.100.7'), 0)).toBe('10.0.0.5');
    expect(clientAddress(request('10.0.0.5', '198.51.100.7'), 1)).toBe('198.51.100.7');
    // the client wrote the first entry itself; our one proxy appended the second
    expect(clientAddress(request('10.0.0.5', '1.2.3.4, 198.51.100.7'), 1)).toBe('198.51.100.7');
    expect(clientAddress(request('10.0.0.5', '1.2.3.4, 198.51.100.7, 10.0.0.9'), 2)).toBe('198.51.100.7');
    // no header, or not an address: the peer (the proxy), never the client's word
    expect(clientAddress(request('10.0.0.5'), 1)).toBe('10.0.0.5');
    expect(clientAddress(request('10.0.0.5', 'garbage'), 1)).toBe('10.0.0.5');
    expect(clientAddress(request('10.0.0.5', `${'1.1.1.1,'.repeat(200)}198.51.100.7`), 1)).toBe('10.0.0.5');
  });

  it('counts an IPv6 /64 as one client, and a valid token as its holder wherever it comes from', () => {
    expect(addressKey('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe(addressKey('2001:db8:1:2:bbbb:cccc:dddd:eeee'));
    expect(addressKey('2001:db8:1:2::1')).not.toBe(addressKey('2001:db8:1:3::1'));
    expect(clientKey({ kind: 'reader', name: 'Desk' }, '1.2.3.4')).toBe(clientKey({ kind: 'reader', name: 'Desk' }, '5.6.7.8'));
    expect(clientKey({ kind: 'invalid' }, '1.2.3.4')).toBe(clientKey({ kind: 'anonymous' }, '1.2.3.4'));
  });
});
