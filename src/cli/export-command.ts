import { writeFileSync } from 'node:fs';
import { type Command, InvalidArgumentError } from 'commander';
import { openConfiguredStore } from '../composition/open-store.js';
import { loadConfig } from '../config/config.js';
import { ValidationError } from '../domain/errors.js';
import { collectExport, EXPORT_FORMAT_NAMES, EXPORT_FORMATS, isExportFormat, type ExportScope } from '../export/index.js';

/** The whole graph on the command line: local and streamed to a file, so the cap is generous. */
const CLI_MAX_NODES = 1_000_000;

function wholeNumber(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('must be a whole number.');
  return Number(value);
}

interface ExportOptions {
  format: string;
  out?: string;
  id?: string;
  depth: number;
  limit: number;
  from?: string;
  to?: string;
  maxLength: number;
  all?: boolean;
}

/** Exactly one of --id, --from/--to or --all, or a message saying what is missing or clashing. */
function scopeOf(o: ExportOptions): ExportScope {
  const chosen = [o.id !== undefined, o.from !== undefined || o.to !== undefined, o.all === true].filter(Boolean).length;
  if (chosen !== 1)
    throw new ValidationError([
      { path: 'scope', message: 'give exactly one of --id ID (a neighbourhood), --from ID --to ID (a path) or --all (the whole graph)' },
    ]);
  if (o.id !== undefined) return { kind: 'neighbourhood', id: o.id, depth: o.depth, limit: o.limit };
  if (o.from !== undefined && o.to !== undefined) return { kind: 'path', from: o.from, to: o.to, maxLength: o.maxLength };
  if (o.all) return { kind: 'all', maxNodes: CLI_MAX_NODES };
  throw new ValidationError([{ path: o.from === undefined ? '--from' : '--to', message: 'a path needs both --from and --to' }]);
}

async function runExport(o: ExportOptions): Promise<void> {
  if (!isExportFormat(o.format)) {
    throw new ValidationError([
      { path: '--format', message: `${JSON.stringify(o.format)} is not a format; the formats are ${EXPORT_FORMAT_NAMES.join(', ')}` },
    ]);
  }
  const scope = scopeOf(o);
  const store = await openConfiguredStore(loadConfig().store);
  let text: string;
  try {
    const graph = await collectExport(store, scope);
    text = EXPORT_FORMATS[o.format].render(graph);
    if (o.out) console.error(`kg: ${graph.nodes.length} nodes, ${graph.edges.length} edges as ${o.format} to ${o.out}`);
  } finally {
    await store.close();
  }
  if (o.out) writeFileSync(o.out, text);
  else process.stdout.write(text);
}

/** `kg export`: a neighbourhood, a path or the whole graph, in any export format, to a file or stdout. */
export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description("export a neighbourhood (--id), a path (--from, --to) or the whole graph (--all) with every edge's status and citations")
    .requiredOption('-f, --format <format>', `one of ${EXPORT_FORMAT_NAMES.join(', ')}`)
    .option('-o, --out <file>', 'write to this file instead of stdout')
    .option('--id <id>', 'the entity whose neighbourhood to export')
    .option('--depth <n>', 'hops around --id (1..4)', wholeNumber, 1)
    .option('--limit <n>', 'at most this many nodes around --id (1..1000)', wholeNumber, 200)
    .option('--from <id>', 'one end of a path')
    .option('--to <id>', 'the other end of a path')
    .option('--max-length <n>', 'longest path, in hops (1..8)', wholeNumber, 4)
    .option('--all', 'the whole graph')
    .action(async (options: ExportOptions) => {
      await runExport(options);
    });
}
