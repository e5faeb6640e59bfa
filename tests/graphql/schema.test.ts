import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, getNamedType, isEnumType, isInterfaceType, isObjectType, parse, print, type GraphQLNamedType } from 'graphql/index.js';
import { describe, expect, it } from 'vitest';
import { printedSchema } from '../../src/graphql/sdl.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const sharedContract = `${root}../shared/api-contract.graphql`;
const sharedTool = `${root}../shared/tools/contract-check.mjs`;
const sharedAdditions = `${root}../shared/api-contract-additions.graphql`;

/** Each definition of an SDL text, printed canonically (comments and layout dropped). */
const definitionsOf = (sdl: string): string[] => (sdl.trim() === '' ? [] : parse(sdl).definitions.map((d) => print(d)));

/** What the contract names that the schema lacks: types, fields, arguments, enum values, interfaces. */
function missingFromContract(contractSdl: string, schemaSdl: string): string[] {
  const contract = buildSchema(contractSdl);
  const schema = buildSchema(schemaSdl);
  const missing: string[] = [];
  for (const [name, want] of Object.entries(contract.getTypeMap())) {
    if (name.startsWith('__')) continue;
    const have: GraphQLNamedType | undefined | null = schema.getType(name);
    if (!have) { missing.push(`type ${name}`); continue; }
    if (isEnumType(want)) {
      const values = new Set(isEnumType(have) ? have.getValues().map((v) => v.name) : []);
      for (const v of want.getValues()) if (!values.has(v.name)) missing.push(`${name}.${v.name}`);
    }
    if ((isObjectType(want) || isInterfaceType(want)) && (isObjectType(have) || isInterfaceType(have))) {
      for (const i of want.getInterfaces()) if (!have.getInterfaces().some((x) => x.name === i.name)) missing.push(`${name} implements ${i.name}`);
      const fields = have.getFields();
      for (const [f, wf] of Object.entries(want.getFields())) {
        const hf = fields[f];
        if (!hf) { missing.push(`${name}.${f}`); continue; }
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
    const broken = readFileSync(`${root}schema/schema.graphql`, 'utf8').replace(/type PartialDate \{\n  day: Int\n/, 'type PartialDate {\n');
    expect(missingFromContract(contract, broken)).toEqual(['PartialDate.day']);
  });

  // Where the project's shared/ folder sits beside the checkout (developers' machines and CI), the copy
  // must match the contract of record, and the shared tool must agree.
  // The copy is the shared contract, then the parts of the additions that landed issues have folded in.
  it.runIf(existsSync(sharedContract) && existsSync(sharedAdditions))(
    'keeps schema/api-contract.graphql = the shared contract + definitions taken verbatim from its additions',
    () => {
      const copy = readFileSync(`${root}schema/api-contract.graphql`, 'utf8');
      const shared = readFileSync(sharedContract, 'utf8');
      expect(copy.startsWith(shared)).toBe(true);
      const additions = new Set(definitionsOf(readFileSync(sharedAdditions, 'utf8')));
      const folded = definitionsOf(copy.slice(shared.length));
      expect(folded.filter((d) => !additions.has(d))).toEqual([]);
      expect(folded.length).toBeGreaterThan(0);
    },
  );

  it.runIf(existsSync(sharedTool))('passes the shared contract-check tool', () => {
    const output = execFileSync(process.execPath, [sharedTool], { cwd: root, encoding: 'utf8' });
    expect(output).toContain('schema is a superset of the API contract');
  });
});
