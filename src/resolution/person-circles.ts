import type { EntityType } from '../domain/entity.js';
import type { MatchOutcome, NamedEntity } from './compare-names.js';
import { comparePersonNames } from './name-forms.js';
import { personVariant, type PersonVariant } from './name-variants.js';

/**
 * Two people whose names alone cannot settle it, judged by the people and organisations around them:
 * a romanisation variant (name-variants.ts) is one person when the circles agree, a review when the
 * context is thin; two given names with one surname are never one person, but a pair that shares a
 * circle is worth an editor's look. Pure: src/ingest/person-circles.ts reads the circles from the store.
 */

/** What the store and the document say around an incoming person and a stored one. */
export interface Circle {
  /** the incoming person's roles in its document, and the stored person's over all its sources */
  roles: [readonly string[], readonly string[]];
  /** stored entities both are seen with: in the incoming document, and beside the stored person */
  shared: ReadonlyArray<{ id: string; name: string; type: EntityType }>;
  /** another entity of the same document already is the stored person: the document says they are two */
  sameDocument: boolean;
}

export const NO_CIRCLE: Circle = { roles: [[], []], shared: [], sameDocument: false };

/** Role words that say nothing of which work a person does. */
const ROLE_STOPWORDS = new Set(['former', 'acting', 'deputy', 'senior', 'chief', 'head', 'member', 'local', 'leading', 'prominent']);

const roleWords = (roles: readonly string[]) =>
  new Set(roles.flatMap((r) => r.toLowerCase().split(/[^\p{L}]+/u)).filter((w) => w.length >= 4 && !ROLE_STOPWORDS.has(w)));

/** The role words both sides give, and whether both give roles and none agrees (a contradiction). */
function roleAgreement(circle: Circle): { shared: string[]; contradict: boolean } {
  const [a, b] = circle.roles.map(roleWords);
  const shared = [...a].filter((w) => b.has(w));
  return { shared, contradict: a.size > 0 && b.size > 0 && shared.length === 0 };
}

/** Places are around everyone in a country's news: only people and organisations make a circle. */
const telling = (circle: Circle) => circle.shared.filter((s) => s.type === 'PERSON' || s.type === 'ORGANISATION');

/** Whether a pair's outcome may depend on its circles: worth reading them from the store. */
export function needsCircle(a: NamedEntity, b: NamedEntity): boolean {
  if (a.type !== 'PERSON' || b.type !== 'PERSON') return false;
  return personVariantOf(a, b) !== null || comparePersonNames(a.name, b.name) === 'different-given';
}

function personVariantOf(a: NamedEntity, b: NamedEntity): PersonVariant | null {
  for (const x of [a.name, ...a.aliases]) {
    for (const y of [b.name, ...b.aliases]) {
      const v = personVariant(x, y);
      if (v) return v;
    }
  }
  return null;
}

const better = (a: MatchOutcome, b: MatchOutcome) => (b.score > a.score ? b : a);
const listed = (circle: Circle) =>
  telling(circle)
    .map((s) => s.name)
    .sort()
    .slice(0, 3)
    .join(', ');

/**
 * The outcome by name (compareNamed) weighed with the circle. A variant merges when no role contradicts,
 * someone is in both circles, and a role or a second shared neighbour agrees too; it is a review
 * otherwise. Another given name with the same surname is a review when the circles meet and no role
 * contradicts, and is never merged. A merge by name stands as it is.
 */
export function weighCircle(a: NamedEntity, b: NamedEntity, byName: MatchOutcome, circle: Circle): MatchOutcome {
  if (byName.decision === 'merge' || a.type !== 'PERSON' || b.type !== 'PERSON') return byName;
  const roles = roleAgreement(circle);
  const around = telling(circle);
  const variant = personVariantOf(a, b);
  if (variant) {
    const [x, y] = variant.words;
    const strong = !circle.sameDocument && !roles.contradict && around.length >= 1 && (roles.shared.length > 0 || around.length >= 2);
    if (strong) {
      const role = roles.shared.length > 0 ? `the role "${roles.shared[0]}" and ` : '';
      return {
        decision: 'merge',
        score: 0.9,
        reason: `"${x}" and "${y}" spell one ${variant.part}, and they share ${role}${listed(circle)}`,
      };
    }
    const why = roles.contradict ? 'but their roles differ' : 'but little around them agrees';
    const score = Math.max(byName.score, 0.85);
    return { decision: 'review', score, reason: `"${x}" and "${y}" may spell one ${variant.part}, ${why}; not merged, please review` };
  }
  if (comparePersonNames(a.name, b.name) === 'different-given' && around.length > 0 && !roles.contradict && !circle.sameDocument) {
    const reason = `same surname, another given name, both seen with ${listed(circle)}: two people or one? not merged, please review`;
    return better(byName, { decision: 'review', score: 0.76, reason });
  }
  return byName;
}
