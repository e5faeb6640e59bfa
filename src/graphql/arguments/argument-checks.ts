import { isRelationshipType, RELATIONSHIP_TYPE_NAMES } from '../../domain/vocabulary.js';
import { badUserInput } from '../errors/input-errors.js';

/** An integer argument within its LIMITS, or BAD_USER_INPUT. */
export function intInRange(argument: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badUserInput(argument, `must be between ${min} and ${max}; got ${value}.`);
  }
  return value;
}

/** Relationship type names, checked so that a typo is an error rather than a silently empty answer. */
export function relationshipTypesArg(argument: string, types: readonly string[] | null | undefined): string[] | null {
  if (types == null || types.length === 0) return null;
  const unknown = types.filter((t) => !isRelationshipType(t));
  if (unknown.length > 0) {
    throw badUserInput(
      argument,
      `has unknown relationship types ${unknown.join(', ')}; the types are ${RELATIONSHIP_TYPE_NAMES.join(', ')}.`,
    );
  }
  return [...new Set(types)].sort();
}

/** The bounds of the paging and walking arguments, shared by every field that takes them. */
export const LIMITS = {
  first: { min: 1, max: 100 },
  depth: { min: 1, max: 4 },
  limit: { min: 1, max: 1000 },
  maxLength: { min: 1, max: 8 },
  queryLength: 200,
} as const;
