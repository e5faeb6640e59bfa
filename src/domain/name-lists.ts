/**
 * A list of names (aliases, roles) with new ones added: the existing first, in their order, then each new
 * one not already there, compared without case; `exclude` (the entity's own name) never becomes an alias.
 */
export function unionOfNames(existing: readonly string[], incoming: readonly string[], exclude: string): string[] {
  const seen = new Set(existing.map((s) => s.toLowerCase()));
  const out = [...existing];
  for (const value of incoming) {
    const lower = value.toLowerCase();
    if (!seen.has(lower) && lower !== exclude.toLowerCase()) {
      seen.add(lower);
      out.push(value);
    }
  }
  return out;
}
