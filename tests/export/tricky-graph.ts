import type { ExportGraph } from '../../src/export/index.js';

/** Values that break naive writers: quotes of both kinds, backslashes, markup, line breaks, commas, non-Latin text, emoji. */
export const TRICKY = `He said: "it's <b>over</b> & done", \\n not a newline;\nthis is one,\r\nand a tab\there. Назарбаев 🙂 */ // '; MATCH (n) DETACH DELETE n; //`;

export const trickyGraph: ExportGraph = {
  nodes: [
    { id: 'person:a-b', type: 'PERSON', name: `Ann "the 'Quote'" O'Brien, <Jr> & co`, aliases: ['Анна', 'A\\B'], roles: ['lawyer, senior', TRICKY], kind: null, date: null },
    { id: 'organisation:x', type: 'ORGANISATION', name: 'X; DROP', aliases: [], roles: [], kind: 'PRISON', date: null },
    { id: 'event:e', type: 'EVENT', name: 'Trial\nof A', aliases: [], roles: [], kind: null, date: '2003-01' },
  ],
  edges: [
    {
      id: 'rel:1', source: 'person:a-b', target: 'organisation:x', type: 'IMPRISONED_IN', status: 'ALLEGED', role: null, start: '2002-10', end: null,
      citations: [
        { quote: TRICKY, article: { id: 'article:one', title: 'One, "two" & <three>', author: "O'Hara", url: 'https://example.org/a?b=1&c=2' } },
        { quote: 'plain', article: { id: 'article:two', title: 'Two', author: null, url: null } },
      ],
    },
    {
      id: 'rel:2', source: 'person:a-b', target: 'event:e', type: 'PARTICIPATED_IN', status: 'DENIED', role: 'defendant "in absentia"', start: null, end: null,
      citations: [{ quote: 'It never happened, she said.', article: { id: 'article:one', title: 'One, "two" & <three>', author: "O'Hara", url: 'https://example.org/a?b=1&c=2' } }],
    },
  ],
};
