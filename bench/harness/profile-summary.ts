// Summarises a .cpuprofile (node --cpu-prof): self time per function and total (inclusive) time per
// function, top N each, with the file and line, so a profile can be read without a browser.
//   npx tsx bench/harness/profile-summary.ts <file.cpuprofile> [top]
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export function summarise(profile: Profile, top = 25): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const name = (n: ProfileNode) =>
    `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*\/(src|node_modules|bench)\//, '$1/')}:${n.callFrame.lineNumber + 1}`;
  const selfBy = new Map<string, number>();
  const totalBy = new Map<string, number>();
  let all = 0;
  for (const [id, t] of self) {
    all += t;
    const n = byId.get(id)!;
    selfBy.set(name(n), (selfBy.get(name(n)) ?? 0) + t);
    // inclusive: every distinct frame on the stack gets the sample once
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const k = name(byId.get(cur)!);
      if (seen.has(k)) continue;
      seen.add(k);
      totalBy.set(k, (totalBy.get(k) ?? 0) + t);
    }
  }
  const fmt = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, t]) => `${((100 * t) / all).toFixed(1).padStart(5)}%  ${(t / 1000).toFixed(0).padStart(6)} ms  ${k}`)
      .join('\n');
  return `total ${(all / 1e6).toFixed(1)} s sampled\n\nself time:\n${fmt(selfBy)}\n\ninclusive time:\n${fmt(totalBy)}\n`;
}

if (process.argv[1]?.endsWith('profile-summary.ts')) {
  const [file, top = '25'] = process.argv.slice(2);
  console.log(summarise(JSON.parse(readFileSync(file, 'utf8')) as Profile, Number(top)));
}
