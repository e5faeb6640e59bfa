import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { layoutBlock, layoutDiagram, README, readmeBlock } from '../../scripts/layout.js';

describe("the README's Layout diagram", () => {
  it('is the one the imports draw (npm run layout:print)', async () => {
    const inReadme = readmeBlock(readFileSync(README, 'utf8'));
    expect(inReadme).not.toBeNull();
    expect(inReadme).toBe(layoutBlock(await layoutDiagram()));
  }, 120_000);
});
