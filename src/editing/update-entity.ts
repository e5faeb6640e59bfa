import { EditRefusedError, emptyChange, newEditRecord, type EditAuthor, type EditDecision, type EditSnapshot } from '../domain/editing.js';
import { editorFactsOf, type EditorFacts } from '../domain/entity-facts.js';
import type { EntityRecord, EntityWithMentions, OrganisationKind } from '../domain/entity.js';
import { NotFoundError, ValidationError, type ValidationProblem } from '../domain/errors.js';
import type { GraphStore } from '../storage/graph-store.js';

const MAX_NAME_LENGTH = 200;
const MAX_LIST_LENGTH = 100;

/** The fields an editor may set; those left out keep their value. */
export interface EntityUpdate {
  name?: string;
  aliases?: string[];
  roles?: string[];
  kind?: OrganisationKind;
}

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * The list trimmed and without repeats (names are compared ignoring case). Repeats in a list the editor
 * sent (`given`) are problems, not silently dropped: the editor learns that the entity will keep one of
 * them. A stored list is only tidied.
 */
function checkedNames(field: string, values: readonly string[], problems: ValidationProblem[], given: boolean): string[] {
  if (values.length > MAX_LIST_LENGTH) problems.push({ path: field, message: `at most ${MAX_LIST_LENGTH} entries` });
  const kept: Array<{ value: string; index: number }> = [];
  values.slice(0, MAX_LIST_LENGTH).forEach((value, i) => {
    const v = value.trim();
    const first = kept.find((k) => sameName(k.value, v));
    if (v.length === 0 || v.length > MAX_NAME_LENGTH)
      problems.push({ path: `${field}[${i}]`, message: `must be 1..${MAX_NAME_LENGTH} characters` });
    else if (!first) kept.push({ value: v, index: i });
    else if (given)
      problems.push({
        path: `${field}[${i}]`,
        message: `repeats ${field}[${first.index}] (${JSON.stringify(first.value)}; case is ignored); send it once`,
      });
  });
  return kept.map((k) => k.value);
}

/**
 * The aliases the entity will have: never its name. An alias the editor sent that is the name is a
 * problem (it would be dropped: the name is searched and matched anyway); a stored alias that a rename
 * turns into the name just moves.
 */
function checkedAliases(entity: EntityWithMentions, update: EntityUpdate, name: string, problems: ValidationProblem[]): string[] {
  update.aliases?.forEach((alias, i) => {
    if (sameName(alias.trim(), name))
      problems.push({
        path: `aliases[${i}]`,
        message: `${JSON.stringify(alias.trim())} is the name itself (case is ignored); an alias must be another name`,
      });
  });
  return checkedNames('aliases', update.aliases ?? entity.aliases, problems, update.aliases !== undefined).filter(
    (a) => !sameName(a, name),
  );
}

/** The entity as it will be, or a ValidationError naming every field that cannot be so. */
function updatedEntity(entity: EntityWithMentions, update: EntityUpdate): Omit<EntityRecord, 'mentions'> {
  const problems: ValidationProblem[] = [];
  const name = update.name?.trim() ?? entity.name;
  if (name.length === 0 || name.length > MAX_NAME_LENGTH)
    problems.push({ path: 'name', message: `must be 1..${MAX_NAME_LENGTH} characters` });
  const aliases = checkedAliases(entity, update, name, problems);
  // a renamed entity keeps its old name as an alias unless the editor lists the aliases themselves
  if (
    update.name !== undefined &&
    update.aliases === undefined &&
    !sameName(entity.name, name) &&
    !aliases.some((a) => sameName(a, entity.name))
  )
    aliases.push(entity.name);
  const roles = checkedNames('roles', update.roles ?? entity.roles, problems, update.roles !== undefined);
  if (update.roles !== undefined && entity.type !== 'PERSON')
    problems.push({ path: 'roles', message: `only a PERSON has roles; ${entity.id} is a ${entity.type}` });
  if (update.kind !== undefined && entity.type !== 'ORGANISATION')
    problems.push({ path: 'kind', message: `only an ORGANISATION has a kind; ${entity.id} is a ${entity.type}` });
  if (problems.length > 0) throw new ValidationError(problems, 'updateEntity');
  const { mentions: _m, ...rest } = entity;
  return { ...rest, name, aliases, roles, kind: update.kind ?? entity.kind };
}

function decideUpdate(snapshot: EditSnapshot, id: string, update: EntityUpdate, author: EditAuthor): EditDecision<string> {
  const entity = snapshot.entities.get(id);
  if (!entity) {
    const survivor = snapshot.mergedInto.get(id);
    if (survivor) throw new EditRefusedError(`${id} was merged into ${survivor}; edit that entity instead`);
    throw new NotFoundError('entity', id);
  }
  const after = updatedEntity(entity, update);
  const { mentions: _m, ...before } = entity;
  if (JSON.stringify(before) === JSON.stringify({ ...after, facts: before.facts })) return { change: null, result: id };
  const { facts: _f, ...beforeState } = before;
  const edit = newEditRecord(author, 'UPDATE_ENTITY', [id], `updated ${id}`, {
    before: beforeState,
    after: { ...after, facts: undefined },
    // the fields as sent: the editor's facts depend on which were sent, and a restore replays them
    update,
  });
  // the editor's word is kept as one more source, so a later article's summary does not undo it
  const facts = entity.facts && [
    ...entity.facts.filter((f) => f.articleId !== null),
    editorFactsOf(
      entity.facts.find((f): f is EditorFacts => f.articleId === null),
      entity,
      after,
      { name: update.name !== undefined, roles: update.roles !== undefined, kind: update.kind !== undefined },
    ),
  ];
  return { change: { ...emptyChange(edit), putEntities: [{ ...after, facts }] }, result: id };
}

export function updateEntity(store: GraphStore, id: string, update: EntityUpdate, author: EditAuthor): Promise<string> {
  return store.applyEdit({ entityIds: [id], relationshipIds: [] }, (snapshot) => decideUpdate(snapshot, id, update, author));
}
