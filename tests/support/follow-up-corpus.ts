import { readFileSync } from 'node:fs';
import { loadSeedDocuments } from '../../src/ingest/seed.js';

const fixture = (path: string) => JSON.parse(readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8'));

// the seed and fictional follow-ups that spell names otherwise, tell the arrest with another date and
// cite the same facts under other statuses
export const CORPUS: Array<[string, unknown]> = [
  ['seed', loadSeedDocuments()[0].json],
  ['colony', fixture('resolution/follow-up-colony.json')],
  ['arrest', fixture('resolution/follow-up-arrest.json')],
  ['duvanov', fixture('follow-up-duvanov.json')],
  // kg-extraction/2: who says so, unnamed actors, event status and quantities, bounded dates
  ['appeal', fixture('follow-ups/1-appeal-upheld.json')],
  ['cell', fixture('follow-ups/2-punishment-cell.json')],
  ['freed', fixture('follow-ups/3-freed-early.json')],
];

/** What a reader asks through the API: the answers must not depend on the order either. */
export const API_QUESTIONS = [
  '{ search(query: "Duvanov", first: 5) { entity { id name } } }',
  '{ timeline(id: "person:sergei-duvanov") { id name status date { iso qualifier } disputed dates { date { iso } citations { quote status article { title } } } } }',
  '{ disputes(first: 50) { id aspect positions { value citations { quote status saidBy { name } } } } }',
  '{ node(id: "person:maria-pulman") { ... on Entity { name aliases related(first: 50) { id type status disputed other { id name } citations { quote status article { id } } } } } }',
];
