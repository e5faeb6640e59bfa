import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql/index.js';

/**
 * The names of the fields selected under the field being resolved, through inline fragments and named
 * fragments alike. It over-approximates on purpose: every type condition and every @skip/@include counts
 * as selected, so a resolver that loads less when a field is absent never misses one that is asked for.
 *
 * graphql-js hands every item of a list the same `fieldNodes` array, so the answer is remembered per
 * array: a list of 150 citations reads the selection once, not 150 times.
 */
const remembered = new WeakMap<object, ReadonlySet<string>>();

export function selectedFieldNames(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): ReadonlySet<string> {
  const known = remembered.get(info.fieldNodes);
  if (known) return known;
  const names = new Set<string>();
  const seenFragments = new Set<string>();
  const walk = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === 'Field') names.add(selection.name.value);
      else if (selection.kind === 'InlineFragment') walk(selection.selectionSet);
      else if (!seenFragments.has(selection.name.value)) {
        seenFragments.add(selection.name.value);
        walk(info.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  for (const node of info.fieldNodes) walk(node.selectionSet);
  remembered.set(info.fieldNodes, names);
  return names;
}
