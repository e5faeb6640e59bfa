import { EditRefusedError, emptyChange, newEditRecord, type EditAuthor, type EditDecision, type EditSnapshot } from '../domain/editing.js';
import { editorFactsOf, type EditorFacts } from '../domain/entity-facts.js';
import type { EntityRecord, EntityWithMentions, OrganisationKind } from '../domain/entity.js';
import { NotFoundError, ValidationError, type ValidationProblem } from '../domain/errors.js';
import type { GraphStore } from '../storage/graph-store.js';

export const MAX_NAME_LENGTH = 200;
export const MAX_LIST_LENGTH = 100;

/** The fields an editor may set; those left out keep their value. */
export interface EntityUpdate {
  name?: string;
  aliases?: string[];
  roles?: string[];
  kind?: OrganisationKind;
}

function checkedNames(field: string, values: readonly string[], problems: ValidationProblem[]): string[] {
  if (values.length > MAX_LIST_LENGTH) problems.push({ path: field, message: `at most ${MAX_LIST_LENGTH} entries` });
  const out: string[] = [];
  values.slice(0, MAX_LIST_LENGTH).forEach((value, i) => {
    const v = value.trim();
    if (v.length === 0 || v.length > MAX_NAME_LENGTH) problems.push({ path: `${field}[${i}]`, message: `must be 1..${MAX_NAME_LENGTH} characters` });
    else if (!out.some((o) => o.toLowerCase() === v.toLowerCase())) out.push(v);
  });
  return out;
}

/** The entity as it will be, or a ValidationError naming every field that cannot be so. */
export function updatedEntity(entity: EntityWithMentions, update: EntityUpdate): Omit<EntityRecord, 'mentions'> {
  const problems: ValidationProblem[] = [];
  const name = update.name?.trim() ?? entity.name;
  if (name.length === 0 || name.length > MAX_NAME_LENGTH) problems.push({ path: 'name', message: `must be 1..${MAX_NAME_LENGTH} characters` });
  const aliases = checkedNames('aliases', update.aliases ?? entity.aliases, problems).filter((a) => a.toLowerCase() !== name.toLowerCase());
  // a renamed entity keeps its old name as an alias unless the editor lists the aliases themselves
  if (update.name !== undefined && update.aliases === undefined && entity.name !== name && !aliases.includes(entity.name)) aliases.push(entity.name);
  const roles = checkedNames('roles', update.roles ?? entity.roles, problems);
  if (update.roles !== undefined && entity.type !== 'PERSON') problems.push({ path: 'roles', message: `only a PERSON has roles; ${entity.id} is a ${entity.type}` });
  if (update.kind !== undefined && entity.type !== 'ORGANISATION') problems.push({ path: 'kind', message: `only an ORGANISATION has a kind; ${entity.id} is a ${entity.type}` });
  if (problems.length > 0) throw new ValidationError(problems, 'updateEntity');
  const { mentions: _m, ...rest } = entity;
  return { ...rest, name, aliases, roles, kind: update.kind ?? entity.kind };
}

export function decideUpdate(snapshot: EditSnapshot, id: string, update: EntityUpdate, author: EditAuthor): EditDecision<string> {
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
  const edit = newEditRecord(author, 'UPDATE_ENTITY', [id], `updated ${id}`, { before: beforeState, after: { ...after, facts: undefined } });
  // the editor's word is kept as one more source, so a later article's summary does not undo it
  const facts = entity.facts && [
    ...entity.facts.filter((f) => f.articleId !== null),
    editorFactsOf(entity.facts.find((f): f is EditorFacts => f.articleId === null), entity, after,
      { name: update.name !== undefined, roles: update.roles !== undefined, kind: update.kind !== undefined }),
  ];
  return { change: { ...emptyChange(edit), putEntities: [{ ...after, facts }] }, result: id };
}

export function updateEntity(store: GraphStore, id: string, update: EntityUpdate, author: EditAuthor): Promise<string> {
  return store.applyEdit({ entityIds: [id], relationshipIds: [] }, (snapshot) => decideUpdate(snapshot, id, update, author));
}
