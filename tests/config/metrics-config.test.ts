import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { ConfigError } from '../../src/domain/errors.js';

const TOKEN = 'scrape-token-0123456789';

function problemsOf(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message;
  }
  throw new Error('expected a ConfigError');
}

describe('KG_METRICS and KG_METRICS_TOKEN', () => {
  it('are off by default, and read on and token', () => {
    expect(loadConfig({}).metrics).toEqual({ mode: 'off' });
    expect(loadConfig({ KG_METRICS: 'on' }).metrics).toEqual({ mode: 'on' });
    expect(loadConfig({ KG_METRICS: 'token', KG_METRICS_TOKEN: TOKEN }).metrics).toEqual({ mode: 'token', token: TOKEN });
  });

  it('refuse an unknown mode, naming the variable and the choices', () => {
    expect(problemsOf({ KG_METRICS: 'yes' })).toMatch(/KG_METRICS: must be off, on or token/);
  });

  it('refuse token mode without a token, or with a short one, never quoting it', () => {
    expect(problemsOf({ KG_METRICS: 'token' })).toMatch(/KG_METRICS_TOKEN: must be set \(16 or more characters\) when KG_METRICS=token/);
    const short = problemsOf({ KG_METRICS: 'token', KG_METRICS_TOKEN: 'hunter2-secret' });
    expect(short).toMatch(/KG_METRICS_TOKEN: must be at least 16 characters/);
    expect(short).not.toContain('hunter2');
  });

  it('refuse a token while KG_METRICS=on would serve /metrics to anyone', () => {
    expect(problemsOf({ KG_METRICS: 'on', KG_METRICS_TOKEN: TOKEN })).toMatch(
      /KG_METRICS_TOKEN: is set, but KG_METRICS=on serves \/metrics to anyone/,
    );
  });
});
