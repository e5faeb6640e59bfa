import {
  EditRefusedError,
  emptyChange,
  newEditRecord,
  type EditAuthor,
  type EditDecision,
  type EditSnapshot,
  type EditableRelationship,
} from '../domain/editing.js';
import type { Citation, EntityRecord, EntityWithMentions } from '../domain/entity.js';
import { NotFoundError } from '../domain/errors.js';
import { summariseEntity } from '../domain/entity-facts.js';
import type { GraphStore } from '../storage/graph-store.js';
import { absorbRecord } from './absorb-record.js';
import { citationKey } from './citations.js';
import { repointAndFuseRelationships, unionOfCitations, type Fusion } from './repoint-and-fuse.js';

const MAX_MERGED_AT_ONCE = 20;

/** What a merge changes: shown by a dry run before it is made, and kept in the merge's history record. */
export interface MergePlan {
  into: string;
  from: string[];
  /** the survivor as it will be */
  survivor: EntityWithMentions;
  aliasesAdded: string[];
  rolesAdded: string[];
  mentionsMoved: number;
  repointed: Fusion['repointed'];
  fused: Fusion['fused'];
  warnings: string[];
}

/** What an undo needs: the states before the merge and what the merge added. */
export interface MergeDetails {
  into: string;
  from: string[];
  before: { entities: EntityWithMentions[]; relationships: EditableRelationship[] };
  added: { aliases: string[]; roles: string[]; kind: boolean; date: boolean; mentions: Citation[] };
  afterRelationshipIds: string[];
}

const strip = ({ mentions: _m, ...rest }: EntityWithMentions): EntityRecord => rest;

function mergedEntitiesOf(
  snapshot: EditSnapshot,
  into: string,
  from: readonly string[],
): { survivor: EntityWithMentions; merged: EntityWithMentions[] } {
  const get = (id: string, argument: string) => {
    const entity = snapshot.entities.get(id);
    if (entity) return entity;
    const survivor = snapshot.mergedInto.get(id);
    if (survivor) throw new EditRefusedError(`${id} (argument "${argument}") was already merged into ${survivor}`);
    throw new NotFoundError('entity', id);
  };
  const survivor = get(into, 'into');
  const merged = from.map((id) => get(id, 'from'));
  for (const m of merged) {
    if (m.type !== survivor.type)
      throw new EditRefusedError(`${m.id} is a ${m.type} and ${survivor.id} a ${survivor.type}: only entities of one type merge`);
  }
  return { survivor, merged };
}

/** The survivor's record once it has absorbed the merged ones; `warnings` gets what it could not keep. */
function absorbedState(survivor: EntityWithMentions, merged: readonly EntityWithMentions[], warnings: string[]): EntityRecord {
  const additive = merged.reduce((acc, m) => absorbRecord(acc, strip(m), warnings), strip(survivor));
  // every source of each merged entity now speaks of the survivor; an event's dates are summarised again
  const facts = [survivor, ...merged].flatMap((e) => e.facts ?? []);
  const summary = summariseEntity(facts);
  return summary ? { ...additive, facts, date: summary.date ?? additive.date, dates: summary.dates, disputed: summary.disputed } : additive;
}

/** A relationship between the survivor and a merged entity now joins the survivor to itself: kept, and said. */
function selfLoopWarnings(fusion: Fusion): string[] {
  return fusion.repointed.flatMap((x) => {
    const r = fusion.written.find((w) => w.id === x.after);
    return r && r.sourceId === r.targetId
      ? [`${x.before} joined ${r.sourceId} to itself; kept as ${r.type} from ${r.sourceId} to itself`]
      : [];
  });
}

/** What the merge does, worked out in full; a dry run stops here. */
interface WorkedMerge {
  survivor: EntityWithMentions;
  merged: EntityWithMentions[];
  state: EntityRecord;
  mentions: Citation[];
  fusion: Fusion;
  plan: MergePlan;
}

function workOutMerge(snapshot: EditSnapshot, into: string, from: readonly string[]): WorkedMerge {
  const { survivor, merged } = mergedEntitiesOf(snapshot, into, from);
  const warnings: string[] = [];
  const state = absorbedState(survivor, merged, warnings);
  const mentions = unionOfCitations(
    survivor.mentions,
    merged.flatMap((m) => m.mentions),
  );
  const fusion = repointAndFuseRelationships(snapshot.relationships, new Set(from), into);
  warnings.push(...selfLoopWarnings(fusion));
  const plan: MergePlan = {
    into,
    from: [...from],
    survivor: { ...state, mentions },
    aliasesAdded: state.aliases.filter((a) => !survivor.aliases.includes(a)),
    rolesAdded: state.roles.filter((r) => !survivor.roles.includes(r)),
    mentionsMoved: mentions.length - survivor.mentions.length,
    repointed: fusion.repointed,
    fused: fusion.fused,
    warnings,
  };
  return { survivor, merged, state, mentions, fusion, plan };
}

/** What the history keeps of a merge, for an undo: the states before it and what it added. */
function mergeDetailsOf(snapshot: EditSnapshot, { survivor, merged, state, mentions, fusion, plan }: WorkedMerge): MergeDetails {
  const touchedIds = new Set(fusion.repointed.map((x) => x.before));
  const own = new Set(survivor.mentions.map(citationKey));
  return {
    into: plan.into,
    from: [...plan.from],
    before: {
      entities: [survivor, ...merged],
      relationships: snapshot.relationships.filter((r) => touchedIds.has(r.id) || fusion.written.some((w) => w.id === r.id)),
    },
    added: {
      aliases: plan.aliasesAdded,
      roles: plan.rolesAdded,
      kind: survivor.kind === null && state.kind !== null,
      date: survivor.date === null && state.date !== null,
      mentions: mentions.filter((m) => !own.has(citationKey(m))),
    },
    afterRelationshipIds: fusion.written.map((r) => r.id),
  };
}

/** The merge as a decision over what the store holds now; a dry run decides the same and writes nothing. */
export function decideMerge(
  snapshot: EditSnapshot,
  into: string,
  from: readonly string[],
  author: EditAuthor,
  dryRun: boolean,
): EditDecision<MergePlan> {
  const worked = workOutMerge(snapshot, into, from);
  const { state, mentions, fusion, plan } = worked;
  if (dryRun) return { change: null, result: plan };
  const details = mergeDetailsOf(snapshot, worked);
  const repointedIds = fusion.repointed.map((x) => x.before);
  const edit = newEditRecord(
    author,
    'MERGE',
    [into, ...from, ...repointedIds, ...details.afterRelationshipIds],
    `merged ${from.join(', ')} into ${into}`,
    details,
  );
  return {
    change: {
      ...emptyChange(edit),
      deleteRelationships: fusion.deleted,
      deleteEntities: [...from],
      putEntities: [state],
      setMentions: [{ entityId: into, mentions }],
      putRelationships: fusion.written,
      addRedirects: from.map((id) => ({ id, into })),
    },
    result: plan,
  };
}

function checkedIds(into: string, from: readonly string[]): string[] {
  const distinct = [...new Set(from)];
  if (distinct.length === 0) throw new EditRefusedError('"from" names no entity to merge');
  if (distinct.length > MAX_MERGED_AT_ONCE) throw new EditRefusedError(`"from" may name at most ${MAX_MERGED_AT_ONCE} entities at once`);
  if (distinct.includes(into)) throw new EditRefusedError(`${into} cannot be merged into itself`);
  return distinct;
}

/** Merges `from` into `into` in one transaction (or only plans it, for a dry run). */
export function mergeEntities(
  store: GraphStore,
  args: { into: string; from: readonly string[]; dryRun: boolean },
  author: EditAuthor,
): Promise<MergePlan> {
  const from = checkedIds(args.into, args.from);
  return store.applyEdit({ entityIds: [args.into, ...from], relationshipIds: [] }, (snapshot) =>
    decideMerge(snapshot, args.into, from, author, args.dryRun),
  );
}
