/**
 * Verbs that report something happening to someone, the event's name for it, and the role of the one it
 * happened to. The patient is named before a passive verb ("Duvanov was arrested") and after an active one
 * ("police arrested Duvanov"); whoever is named before an active verb did it.
 */
export interface EventCue {
  verb: RegExp;
  noun: string;
  patientRole: string;
  agentRole: string;
}

export const EVENT_CUES: readonly EventCue[] = [
  {
    verb: /\b((?:issued|published|released|made) an? (?:statement|report|appeal)|(?:news|press) conference)\b/i,
    noun: 'Statement',
    patientRole: 'subject',
    agentRole: 'author',
  },
  {
    verb: /\b((?:filed|lodged|submitted) an? (?:complaint|appeal|lawsuit))\b/i,
    noun: 'Complaint',
    patientRole: 'subject',
    agentRole: 'complainant',
  },
  { verb: /\b(moved|transferred)\s+to\b/i, noun: 'Transfer', patientRole: 'transferred', agentRole: 'transferring authority' },
  { verb: /\bplaced\s+(?:in|under)\b/i, noun: 'Detention', patientRole: 'detained', agentRole: 'detaining authority' },
  {
    verb: /\b(stripped of (?:his|her) (?:licence|license)|disbarred|licence was revoked|license was revoked)\b/i,
    noun: 'Disbarment',
    patientRole: 'disbarred',
    agentRole: 'disbarring authority',
  },
  { verb: /\b(barred from|banned from)\b/i, noun: 'Ban', patientRole: 'barred', agentRole: 'banning authority' },
  {
    verb: /\b(declared|designated|labelled|branded)\b/i,
    noun: 'Designation',
    patientRole: 'designated',
    agentRole: 'designating authority',
  },
  { verb: /\b(upheld|overturned|quashed|rejected (?:the|his|her) appeal)\b/i, noun: 'Ruling', patientRole: 'party', agentRole: 'court' },
  { verb: /\b(founded|set up|established)\b/i, noun: 'Founding', patientRole: 'founded', agentRole: 'founder' },
  { verb: /\b(fled|went into exile)\b/i, noun: 'Departure', patientRole: 'departed', agentRole: 'departed' },
  {
    verb: /\b(arrest(?:ed|s)?|detain(?:ed|s)?|taken into custody|apprehended)\b/i,
    noun: 'Arrest',
    patientRole: 'detained',
    agentRole: 'arresting authority',
  },
  { verb: /\b(sentenc(?:ed|es|ing)|jailed for)\b/i, noun: 'Sentencing', patientRole: 'defendant', agentRole: 'court' },
  { verb: /\b(convict(?:ed|ion)|found guilty|pronounced guilty)\b/i, noun: 'Conviction', patientRole: 'defendant', agentRole: 'court' },
  { verb: /\b(acquitt(?:ed|al))\b/i, noun: 'Acquittal', patientRole: 'defendant', agentRole: 'court' },
  { verb: /\b(charged with|indicted)\b/i, noun: 'Charges', patientRole: 'accused', agentRole: 'prosecution' },
  { verb: /\b(released|freed|set free|pardoned)\b/i, noun: 'Release', patientRole: 'released', agentRole: 'releasing authority' },
  {
    verb: /\b(beat(?:en|ing)?(?: up)?|assault(?:ed)?|attack(?:ed)?|tortur(?:ed|e)|ill-treated|injured)\b/i,
    noun: 'Beating',
    patientRole: 'victim',
    agentRole: 'perpetrator',
  },
  { verb: /(?<![-\w])(trial|tried|hearing)\b/i, noun: 'Trial', patientRole: 'defendant', agentRole: 'court' },
  { verb: /\b(appeal(?:ed|s)?)\b/i, noun: 'Appeal', patientRole: 'appellant', agentRole: 'court' },
  { verb: /\b(visit(?:ed|s)?|met with)\b/i, noun: 'Visit', patientRole: 'visited', agentRole: 'visitor' },
  { verb: /\b(fined)\b/i, noun: 'Fine', patientRole: 'fined', agentRole: 'court' },
  { verb: /\b(raid(?:ed)?|searched)\b/i, noun: 'Raid', patientRole: 'target', agentRole: 'raiding authority' },
  { verb: /\b(questioned|interrogated|summoned)\b/i, noun: 'Questioning', patientRole: 'questioned', agentRole: 'questioning authority' },
  { verb: /\b(deported|expelled|extradited)\b/i, noun: 'Deportation', patientRole: 'deported', agentRole: 'deporting authority' },
  { verb: /\b(killed|murdered|shot dead|died)\b/i, noun: 'Death', patientRole: 'victim', agentRole: 'perpetrator' },
  { verb: /\b(abducted|kidnapped|disappeared)\b/i, noun: 'Abduction', patientRole: 'victim', agentRole: 'perpetrator' },
  { verb: /\b(hunger strike)\b/i, noun: 'Hunger strike', patientRole: 'striker', agentRole: 'striker' },
  { verb: /\b(banned|shut down|closed down|blocked|suspended)\b/i, noun: 'Closure', patientRole: 'closed', agentRole: 'closing authority' },
  { verb: /\b(protest(?:ed|s)?|rall(?:y|ied)|demonstrat(?:ed|ion))\b/i, noun: 'Protest', patientRole: 'protester', agentRole: 'protester' },
];

export const PASSIVE_BEFORE = /\b(was|were|been|being|be|is|are|got|get)\s+(?:\w+ly\s+)?$/i;
