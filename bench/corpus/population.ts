import type { OrganisationKind } from '../../src/domain/entity.js';
import { initialsOf } from '../../src/resolution/name-forms.js';
import { NameMaker } from './names.js';
import type { Random } from './random.js';

/**
 * Everyone and everything the corpus talks about, made on first use and then drawn again by Zipf's law
 * (the earliest made are drawn most), so a few officials, outlets and places become hubs, and people
 * recur across articles with the same employer, home and party.
 */
export interface SynthPerson {
  key: string;
  name: string;
  variants: string[];
  role: string;
  employer: SynthOrg;
  employerType: string;
  base: SynthPlace | null;
}
export interface SynthOrg {
  key: string;
  name: string;
  aliases: string[];
  kind: OrganisationKind;
  place: SynthPlace;
  parent: SynthOrg | null;
}
export interface SynthPlace {
  key: string;
  name: string;
  variants: string[];
}

// what a person does decides where they work and how the articles say so
const ROLES: ReadonlyArray<readonly [role: string, kind: OrganisationKind, relation: string]> = [
  ['journalist', 'MEDIA_OUTLET', 'WRITES_FOR'],
  ['editor', 'MEDIA_OUTLET', 'WORKS_FOR'],
  ['lawyer', 'NGO', 'WORKS_FOR'],
  ['human rights activist', 'NGO', 'MEMBER_OF'],
  ['opposition politician', 'PARTY', 'MEMBER_OF'],
  ['party leader', 'PARTY', 'LEADS'],
  ['official', 'GOVERNMENT_BODY', 'WORKS_FOR'],
  ['minister', 'GOVERNMENT_BODY', 'HEAD_OF'],
  ['judge', 'COURT', 'WORKS_FOR'],
  ['businessman', 'COMPANY', 'HEAD_OF'],
  ['prosecutor', 'GOVERNMENT_BODY', 'WORKS_FOR'],
  ['prison governor', 'PRISON', 'HEAD_OF'],
];
const ORG_NAMES: Record<OrganisationKind, readonly string[]> = {
  MEDIA_OUTLET: ['{} Times', 'Radio {}', '{} News Agency', '{} Weekly Review'],
  PARTY: ['{} Party', '{} Democratic Movement', 'Democratic Choice of {}'],
  PRISON: ['{} prison colony', '{} Prison'],
  GOVERNMENT_BODY: ['{} Interior Ministry', "{} Prosecutor's Office", '{} City Administration', 'National Security Committee of {}'],
  COURT: ['{} District Court', '{} Regional Court'],
  NGO: ['{} Human Rights Foundation', '{} Bureau for Human Rights', '{} Legal Aid Centre'],
  COMPANY: ['{} Oil Company', '{} Holding'],
  INTERGOVERNMENTAL: ['{} Cooperation Council'],
  OTHER: ['{} Club'],
};

export class Population {
  readonly names: NameMaker;
  readonly persons: SynthPerson[] = [];
  readonly orgs: SynthOrg[] = [];
  readonly places: SynthPlace[] = [];
  private readonly orgsByKind = new Map<OrganisationKind, SynthOrg[]>();
  // an acronym names one organisation only: resolution would merge any other whose initials it spells
  private readonly initialsSeen = new Set<string>();
  private readonly acronyms = new Set<string>();

  constructor(private readonly random: Random) {
    this.names = new NameMaker(random);
  }

  get size(): number {
    return this.persons.length + this.orgs.length + this.places.length;
  }

  place(pNew: number): SynthPlace {
    if (this.places.length > 0 && !this.random.chance(pNew)) return this.places[this.random.zipf(this.places.length)];
    const name = this.random.chance(0.2) ? `${this.names.word()} Region` : this.names.word();
    const place = { key: `l${this.places.length}`, name, variants: this.names.placeVariants(name) };
    this.places.push(place);
    return place;
  }

  org(kind: OrganisationKind, pNew: number): SynthOrg {
    let existing = this.orgsByKind.get(kind);
    if (!existing) this.orgsByKind.set(kind, (existing = []));
    if (existing.length > 0 && !this.random.chance(pNew)) return existing[this.random.zipf(existing.length)];
    let name: string;
    let initials: string[];
    do {
      name = this.random.pick(ORG_NAMES[kind]).replace('{}', this.names.word());
      initials = initialsOf(name).map((i) => i.toUpperCase());
    } while (initials.some((i) => this.acronyms.has(i)));
    const acronym = initials.find((i) => i.length >= 3 && !this.initialsSeen.has(i));
    initials.forEach((i) => this.initialsSeen.add(i));
    const aliases = acronym && this.random.chance(0.5) ? [acronym] : [];
    aliases.forEach((a) => this.acronyms.add(a));
    const parent = kind === 'PRISON' || (kind === 'COURT' && this.random.chance(0.5)) ? this.org('GOVERNMENT_BODY', 0.1) : null;
    const org: SynthOrg = { key: `o${this.orgs.length}`, name, aliases, kind, place: this.place(0.15), parent };
    this.orgs.push(org);
    existing.push(org);
    return org;
  }

  person(pNew: number): SynthPerson {
    if (this.persons.length > 0 && !this.random.chance(pNew)) return this.persons[this.random.zipf(this.persons.length)];
    const [role, kind, employerType] = this.persons.length < 5 ? ROLES[7] : this.random.pick(ROLES);
    const { canonical, variants } = this.names.person();
    const employer = this.org(kind, 0.3);
    const base = this.random.chance(0.4) ? this.place(0.1) : null;
    const person: SynthPerson = { key: `p${this.persons.length}`, name: canonical, variants, role, employer, employerType, base };
    this.persons.push(person);
    return person;
  }

  /** A journalist of this outlet: its regular writers recur, a new one now and then. */
  writerFor(outlet: SynthOrg): SynthPerson {
    let staff = this.staff.get(outlet.key);
    if (!staff) this.staff.set(outlet.key, (staff = []));
    if (staff.length > 0 && !this.random.chance(0.25)) return staff[this.random.zipf(staff.length)];
    const { canonical, variants } = this.names.person();
    const person: SynthPerson = {
      key: `p${this.persons.length}`,
      name: canonical,
      variants,
      role: 'journalist',
      employer: outlet,
      employerType: 'WRITES_FOR',
      base: null,
    };
    this.persons.push(person);
    staff.push(person);
    return person;
  }

  private readonly staff = new Map<string, SynthPerson[]>();
}
