import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';

function problemsOf(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('rate-limit settings', () => {
  it('are off by default, and read a budget, window, client bound and proxy count when on', () => {
    expect(loadConfig({}).rateLimits).toEqual({ enabled: false, budget: 600_000, windowMs: 60_000, maxClients: 10_000, trustedProxies: 0 });
    const on = loadConfig({
      KG_RATE_LIMIT: '1',
      KG_RATE_BUDGET: '50000',
      KG_RATE_WINDOW_S: '10',
      KG_RATE_CLIENTS: '500',
      KG_TRUST_PROXY: '1',
    });
    expect(on.rateLimits).toEqual({ enabled: true, budget: 50_000, windowMs: 10_000, maxClients: 500, trustedProxies: 1 });
  });

  it('name each bad value, and a budget smaller than the largest allowed query', () => {
    expect(problemsOf({ KG_RATE_LIMIT: 'on', KG_RATE_WINDOW_S: '0', KG_TRUST_PROXY: 'yes', KG_RATE_CLIENTS: '5' })).toMatch(
      /KG_RATE_LIMIT: must be 0 or 1[\s\S]*KG_RATE_WINDOW_S: must be between 1 and 86400[\s\S]*KG_RATE_CLIENTS: must be between 10 and 10000000[\s\S]*KG_TRUST_PROXY: must be a number/,
    );
    expect(problemsOf({ KG_RATE_LIMIT: '1', KG_RATE_BUDGET: '1000' })).toContain('KG_RATE_BUDGET: must be at least KG_MAX_COST (25000)');
    // off, the budget is not checked against the cost limit
    expect(loadConfig({ KG_RATE_BUDGET: '1000' }).rateLimits.enabled).toBe(false);
  });
});
