import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = new URL('../', import.meta.url).pathname;
export const README = `${root}README.md`;
const BEGIN = '<!-- layout:begin (npm run layout:print draws this from the imports; do not edit) -->';
const END = '<!-- layout:end -->';

/** The folders of src/ and which imports which, as dependency-cruiser reads the tree: a Mermaid flowchart. */
export async function layoutDiagram(): Promise<string> {
  const args = [
    'depcruise',
    'src',
    '--config',
    '.dependency-cruiser.cjs',
    '--output-type',
    'mermaid',
    '--collapse',
    '^src/[^/]+',
    '--include-only',
    '^src',
  ];
  const { stdout } = await run('npx', args, { cwd: root, maxBuffer: 16 * 1024 * 1024 });
  return stdout.trim();
}

export function layoutBlock(diagram: string): string {
  return `${BEGIN}\n\`\`\`mermaid\n${diagram}\n\`\`\`\n${END}`;
}

/** The diagram now in the README, or null when the markers are missing. */
export function readmeBlock(readme: string): string | null {
  const start = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  return start === -1 || end === -1 ? null : readme.slice(start, end + END.length);
}

export async function printLayout(): Promise<void> {
  const readme = readFileSync(README, 'utf8');
  const current = readmeBlock(readme);
  if (current === null) throw new Error(`README.md has no ${BEGIN} ... ${END} markers`);
  writeFileSync(README, readme.replace(current, layoutBlock(await layoutDiagram())));
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  await printLayout();
  console.log('wrote the Layout diagram in README.md');
}
