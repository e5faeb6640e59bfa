import { ExtractionError, ValidationError, type ValidationProblem } from '../../domain/errors.js';
import { validateExtraction } from '../../ingest/validate.js';
import { COLLECTIONS, isObject, itemLabel, objects, type Collection, type Loose, type LooseDraft } from './loose-json.js';

/** The validator's problems with a draft; none when it validates. */
export function draftProblems(draft: LooseDraft): ValidationProblem[] {
  try {
    validateExtraction(draft);
    return [];
  } catch (error) {
    if (error instanceof ValidationError) return error.problems;
    throw error;
  }
}

/** Fields an item can do without: a problem there costs the field, not the item. */
const OPTIONAL_FIELDS = new Set([
  'saidBy',
  'place',
  'date',
  'dateQuote',
  'start',
  'end',
  'asOf',
  'aliases',
  'roles',
  'nationality',
  'status',
  'quotes',
]);
/** ... except where the format requires them */
const optional = (collection: Step, field: Step | undefined): field is string =>
  typeof field === 'string' &&
  OPTIONAL_FIELDS.has(field) &&
  !(collection === 'relationships' && (field === 'status' || field === 'quotes'));

/**
 * After the last repair round: removes what is still invalid, so the draft validates and the rest of the
 * model's work reaches the reviewer. A problem in an optional field drops that field; any other problem
 * drops its participation, quantity or item. Dropping an entity can break references to it, so this
 * repeats until nothing is left to drop. Returns a warning per drop. Throws when what is wrong is the
 * draft as a whole (no entity at all), which no dropping can fix.
 */
export function dropInvalidItems(draft: LooseDraft, source: string): string[] {
  const warnings: string[] = [];
  for (let problems = draftProblems(draft); problems.length > 0; problems = draftProblems(draft)) {
    const before = warnings.length;
    dropAt(draft, problems, warnings);
    if (warnings.length === before) {
      const first = problems[0];
      throw new ExtractionError(
        `${source}: the model's draft stays invalid after the repair rounds (${first.path}: ${first.message}); try another KG_LLM_MODEL or raise KG_LLM_REPAIR_ROUNDS`,
      );
    }
  }
  return warnings;
}

type Step = string | number;
function steps(path: string): Step[] {
  return [...path.matchAll(/\.([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]));
}

function dropAt(draft: LooseDraft, problems: readonly ValidationProblem[], warnings: string[]): void {
  const doomed = new Map<Collection, Set<number>>(COLLECTIONS.map((c) => [c, new Set<number>()]));
  const doomedParts = new Set<Loose>();
  for (const problem of problems) {
    const [collection, index, field, subIndex, subField] = steps(problem.path);
    if (!COLLECTIONS.includes(collection as Collection) || typeof index !== 'number') continue;
    const item = draft[collection as Collection][index];
    if (!isObject(item)) continue;
    const label = itemLabel(collection as Collection, item);
    const why = `${problem.path}: ${problem.message}`;
    const part = typeof subIndex === 'number' ? objects(item[field as string])[subIndex] : undefined;
    if (part && optional(field, subField) && subField in part) {
      delete part[subField];
      warnings.push(`${label}: removed its ${field} "${subField}", still invalid after repair (${why})`);
    } else if (part) {
      doomedParts.add(part);
      warnings.push(`${label}: removed one of its ${field}, still invalid after repair (${why})`);
    } else if (optional(collection, field) && field in item) {
      delete item[field];
      warnings.push(`${label}: removed its "${field}", still invalid after repair (${why})`);
    } else if (!doomed.get(collection as Collection)!.has(index)) {
      doomed.get(collection as Collection)!.add(index);
      warnings.push(`${label}: dropped, still invalid after repair (${why})`);
    }
  }
  for (const event of draft.events) {
    for (const field of ['participants', 'quantities'])
      if (Array.isArray(event[field])) event[field] = objects(event[field]).filter((p) => !doomedParts.has(p));
  }
  for (const c of COLLECTIONS) (draft[c] as Loose[]) = draft[c].filter((_, i) => !doomed.get(c)!.has(i));
}
