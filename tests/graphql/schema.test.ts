import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInterfaceType,
  isObjectType,
  parse,
  print,
  type DefinitionNode,
  type GraphQLNamedType,
} from 'graphql/index.js';
import { describe, expect, it } from 'vitest';
import { printedSchema } from '../../src/graphql/sdl.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const sharedContract = `${root}../shared/api-contract.graphql`;
const sharedTool = `${root}../shared/tools/contract-check.mjs`;
const sharedAdditions = `${root}../shared/api-contract-additions.graphql`;

/** A definition as the additions check compares it: kind and name, each field printed, and the whole printed. */
function partsOf(d: DefinitionNode): { key: string; fields: string[]; whole: string } {
  const name = 'name' in d && d.name ? d.name.value : '';
  const fields = 'fields' in d && d.fields ? (d.fields as readonly Parameters<typeof print>[0][]).map((f) => print(f)) : [];
  return { key: `${d.kind} ${name}`, fields, whole: print(d) };
}

/**
 * The definitions of `folded` that the additions do not hold: each must be an additions definition
 * verbatim, or fields taken verbatim from one of the same kind and name (an issue that folds in only its
 * own fields of a shared `extend type Query`).
 */
function notFromAdditions(folded: string, additions: string): string[] {
  const offered = parse(additions).definitions.map(partsOf);
  return parse(folded)
    .definitions.map(partsOf)
    .filter(
      (d) =>
        !offered.some(
          (o) => o.whole === d.whole || (o.key === d.key && d.fields.length > 0 && d.fields.every((f) => o.fields.includes(f))),
        ),
    )
    .map((d) => d.whole);
}

/** What the contract names that the schema lacks: types, fields, arguments, enum values, interfaces. */
function missingFromContract(contractSdl: string, schemaSdl: string): string[] {
  const contract = buildSchema(contractSdl);
  const schema = buildSchema(schemaSdl);
  const missing: string[] = [];
  for (const [name, want] of Object.entries(contract.getTypeMap())) {
    if (name.startsWith('__')) continue;
    const have: GraphQLNamedType | undefined | null = schema.getType(name);
    if (!have) {
      missing.push(`type ${name}`);
      continue;
    }
    if (isEnumType(want)) {
      const values = new Set(isEnumType(have) ? have.getValues().map((v) => v.name) : []);
      for (const v of want.getValues()) if (!values.has(v.name)) missing.push(`${name}.${v.name}`);
    }
    if ((isObjectType(want) || isInterfaceType(want)) && (isObjectType(have) || isInterfaceType(have))) {
      for (const i of want.getInterfaces())
        if (!have.getInterfaces().some((x) => x.name === i.name)) missing.push(`${name} implements ${i.name}`);
      const fields = have.getFields();
      for (const [f, wf] of Object.entries(want.getFields())) {
        const hf = fields[f];
        if (!hf) {
          missing.push(`${name}.${f}`);
          continue;
        }
        if (getNamedType(hf.type).name !== getNamedType(wf.type).name) missing.push(`${name}.${f}: ${String(wf.type)}`);
        for (const a of wf.args) if (!hf.args.some((x) => x.name === a.name)) missing.push(`${name}.${f}(${a.name})`);
      }
    }
  }
  return missing;
}

describe('the checked-in schema', () => {
  it('is the schema the code builds (run `npm run schema:print` after changing a type)', () => {
    expect(readFileSync(`${root}schema/schema.graphql`, 'utf8')).toBe(printedSchema());
  });

  it('is a superset of the public API contract (schema/api-contract.graphql)', () => {
    const contract = readFileSync(`${root}schema/api-contract.graphql`, 'utf8');
    expect(missingFromContract(contract, readFileSync(`${root}schema/schema.graphql`, 'utf8'))).toEqual([]);
  });

  it('would catch a schema that drops a contract field', () => {
    const contract = readFileSync(`${root}schema/api-contract.graphql`, 'utf8');
    const broken = readFileSync(`${root}schema/schema.graphql`, 'utf8').replace(
      /type PartialDate \{\n {2}day: Int\n/,
      'type PartialDate {\n',
    );
    expect(missingFromContract(contract, broken)).toEqual(['PartialDate.day']);
  });

  // Where the project's shared/ folder sits beside the checkout (developers' machines and CI), the copy
  // must be the contract of record followed by what landed issues folded in from its additions.
  it.runIf(existsSync(sharedContract) && existsSync(sharedAdditions))(
    'keeps schema/api-contract.graphql = the shared contract + definitions (or fields of them) taken verbatim from its additions',
    () => {
      const copy = readFileSync(`${root}schema/api-contract.graphql`, 'utf8');
      const shared = readFileSync(sharedContract, 'utf8');
      expect(copy.startsWith(shared)).toBe(true);
      const folded = copy.slice(shared.length);
      expect(folded.trim()).not.toBe('');
      expect(notFromAdditions(folded, readFileSync(sharedAdditions, 'utf8'))).toEqual([]);
    },
  );

  it('accepts only what the additions hold, whole or field by field', () => {
    const additions = 'type T { a: Int b: String }\nextend type Query { x: Int y(first: Int = 20): T }';
    expect(notFromAdditions('extend type Query { y(first: Int = 20): T }', additions)).toEqual([]);
    expect(notFromAdditions('type T { a: Int b: String }', additions)).toEqual([]);
    expect(notFromAdditions('extend type Query { y(first: Int = 10): T }', additions)).toHaveLength(1);
    expect(notFromAdditions('extend type Query { z: Int }', additions)).toHaveLength(1);
    expect(notFromAdditions('type T { a: Int b: String c: ID }', additions)).toHaveLength(1);
  });

  it.runIf(existsSync(sharedTool))('passes the shared contract-check tool', () => {
    const output = execFileSync(process.execPath, [sharedTool], { cwd: root, encoding: 'utf8' });
    expect(output).toContain('schema is a superset of the API contract');
  });
});
