import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ORGANISATION_KINDS } from '../../src/domain/entity.js';
import { RELATIONSHIP_TYPES } from '../../src/domain/vocabulary.js';
import { validateExtraction } from '../../src/ingest/validate.js';
import { kgProcess, repositoryRoot } from '../cli/kg-process.js';

/*
 * The README's "Add your article" is the front door for a new user: its example document must be one
 * that ingest accepts, short enough to read at a glance, and its commands must be ones `kg` has.
 * docs/extraction-format.md must describe the vocabulary and the organisation kinds the code has.
 */
const readme = readFileSync(join(repositoryRoot, 'README.md'), 'utf8');
const formatDoc = readFileSync(join(repositoryRoot, 'docs/extraction-format.md'), 'utf8');

/** The text of a `## ` section, up to the next `## ` heading. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`no section "## ${heading}"`);
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end < 0 ? undefined : end);
}

/** The contents of the fenced code blocks of one language. */
function fenced(markdown: string, language: string): string[] {
  return [...markdown.matchAll(new RegExp(`^\`\`\`${language}\\n([\\s\\S]*?)^\`\`\`$`, 'gm'))].map((m) => m[1]);
}

/** The kg subcommand a shell line runs (`npx kg X`, `npm run kg -- X`, after any VAR=value), or null. */
function kgSubcommand(line: string): string | null {
  const command = line
    .replace(/\s+#.*$/, '')
    .trim()
    .replace(/^(?:[A-Z_][A-Z0-9_]*=\S*\s+)*/, '');
  return /^(?:npx kg|npm run kg --)\s+([a-z][a-z-]*)/.exec(command)?.[1] ?? null;
}

const addYourArticle = section(readme, 'Add your article');

describe("the README's Add your article", () => {
  it('comes right after the two commands', () => {
    const headings = [...readme.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings.indexOf('Add your article')).toBe(headings.indexOf('The two commands') + 1);
  });

  it('shows one example document that validates as kg-extraction/2, in at most 20 lines', () => {
    const blocks = fenced(addYourArticle, 'json');
    expect(blocks).toHaveLength(1);
    const [example] = blocks;
    expect(example.trimEnd().split('\n').length).toBeLessThanOrEqual(20);
    const doc = validateExtraction(JSON.parse(example), 'README.md example');
    expect(doc.sourceFormat).toBe('kg-extraction/2');
    expect(doc.entities.filter((e) => e.type === 'PERSON')).toHaveLength(2);
    expect(doc.relationships).toHaveLength(1);
  });

  it('runs only kg subcommands that exist', async () => {
    const help = await kgProcess({}, '--help');
    expect(help.code, help.stderr).toBe(0);
    const commands = new Set([...help.stdout.matchAll(/^ {2}([a-z][a-z-]*)\b/gm)].map((m) => m[1]));
    expect(commands).toContain('ingest');
    const lines = fenced(addYourArticle, 'sh')
      .flatMap((block) => block.split('\n'))
      .filter((l) => l.trim() !== '');
    const used = lines.map((line) => ({ line, subcommand: kgSubcommand(line) }));
    expect(
      used.filter((u) => u.subcommand === null).map((u) => u.line),
      'lines that do not run kg',
    ).toEqual([]);
    expect(new Set(used.map((u) => u.subcommand))).toEqual(new Set(['extract', 'ingest']));
    const missing = used.filter((u) => !commands.has(u.subcommand!)).map((u) => u.line);
    expect(missing, `kg has: ${[...commands].join(', ')}`).toEqual([]);
  });

  it('links only files that exist', () => {
    const links = [...addYourArticle.matchAll(/\]\(([^)#:]+)(?:#[^)]*)?\)/g)].map((m) => m[1]);
    expect(links).toContain('docs/extraction-format.md');
    expect(links.filter((link) => !existsSync(join(repositoryRoot, link)))).toEqual([]);
  });
});

describe('docs/extraction-format.md', () => {
  it('lists the whole relationship vocabulary with its ends, as the code has it', () => {
    const rows = new Map(
      [...formatDoc.matchAll(/^\| `([A-Z_]+)` \| [^|]+ \| ([A-Z, ]+) \| ([A-Z, ]+) \|$/gm)].map((m) => [
        m[1],
        { from: m[2].split(', '), to: m[3].split(', ') },
      ]),
    );
    const expected = new Map(Object.entries(RELATIONSHIP_TYPES).map(([type, spec]) => [type, { from: [...spec.from], to: [...spec.to] }]));
    expect(rows).toEqual(expected);
  });

  it('links only files that exist', () => {
    const links = [...formatDoc.matchAll(/\]\(([^)#:]+)(?:#[^)]*)?\)/g)].map((m) => m[1]);
    expect(links.filter((link) => !existsSync(join(repositoryRoot, 'docs', link)))).toEqual([]);
  });

  it('names every organisation kind', () => {
    for (const kind of ORGANISATION_KINDS) expect(formatDoc, kind).toMatch(new RegExp(`^\\| \`${kind}\` \\|`, 'm'));
  });
});
