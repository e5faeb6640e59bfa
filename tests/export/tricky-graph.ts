import type { ExportGraph } from '../../src/export/index.js';

/** Values that break naive writers: quotes of both kinds, backslashes, markup, line breaks, commas, non-Latin text, emoji. */
export const TRICKY = `He said: "it's <b>over</b> & done", \\n not a newline;\nthis is one,\r\nand a tab\there. Назарбаев 🙂 */ // '; MATCH (n) DETACH DELETE n; //`;

const one = { id: 'article:one', title: 'One, "two" & <three>', author: "O'Hara", url: 'https://example.org/a?b=1&c=2' };
const two = { id: 'article:two', title: 'Two', author: null, url: null };
const plainDates = { start: null, end: null, asOf: null };

/** A graph with a disputed relationship (one source asserts, one denies, through a named entity) and a disputed event date. */
export const trickyGraph: ExportGraph = {
  nodes: [
    {
      id: 'person:a-b',
      type: 'PERSON',
      name: `Ann "the 'Quote'" O'Brien, <Jr> & co`,
      aliases: ['Анна', 'A\\B'],
      roles: ['lawyer, senior', TRICKY],
      kind: null,
      date: null,
      dates: [],
      disputed: false,
    },
    {
      id: 'organisation:x',
      type: 'ORGANISATION',
      name: 'X; DROP',
      aliases: [],
      roles: [],
      kind: 'PRISON',
      date: null,
      dates: [],
      disputed: false,
    },
    {
      id: 'event:e',
      type: 'EVENT',
      name: 'Trial\nof A',
      aliases: [],
      roles: [],
      kind: null,
      date: '2003-01',
      disputed: true,
      dates: [
        { date: '2003-01', inferred: false, citations: [{ quote: 'plain', status: 'REPORTED', saidBy: null, article: two }] },
        {
          date: '2003-02-28',
          inferred: true,
          citations: [{ quote: TRICKY, status: 'ALLEGED', saidBy: { name: `his "supporters", <all>`, entityId: null }, article: one }],
        },
        { date: 'before 2003-11-05', inferred: false, citations: [{ quote: 'plain', status: 'REPORTED', saidBy: null, article: two }] },
      ],
    },
  ],
  edges: [
    {
      id: 'rel:1',
      source: 'person:a-b',
      target: 'organisation:x',
      type: 'IMPRISONED_IN',
      status: 'ALLEGED',
      disputed: true,
      role: null,
      start: '2002-10',
      end: null,
      citations: [
        { quote: TRICKY, status: 'REPORTED', saidBy: null, article: one, start: '2002-10', end: null, asOf: '2003' },
        {
          quote: 'plain',
          status: 'DENIED',
          saidBy: { name: 'X; DROP, its "warden"', entityId: 'organisation:x' },
          article: two,
          start: 'about 2002',
          end: '2003-05/2003-07',
          asOf: null,
        },
      ],
    },
    {
      id: 'rel:2',
      source: 'person:a-b',
      target: 'event:e',
      type: 'PARTICIPATED_IN',
      status: 'DENIED',
      disputed: false,
      role: 'defendant "in absentia"',
      start: null,
      end: null,
      citations: [
        {
          quote: 'It never happened, she said.',
          status: 'DENIED',
          saidBy: { name: 'Ann', entityId: 'person:a-b' },
          article: one,
          ...plainDates,
        },
      ],
    },
  ],
};
