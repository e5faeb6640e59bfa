/*
 * A fictional follow-up article, in the extraction format, that disagrees with the seed twice: a lawyer's
 * office denies the REPRESENTS fact the seed reports, and it dates the arrest (the seed: October 2002) to
 * a day in November. Ingested after the seed it makes one disputed relationship and one disputed date.
 */

const TEXT = [
  'Lawyer denies acting for jailed journalist',
  '',
  'FICTIONAL TEST ARTICLE, written for the kg-server test suite; it is not a news report.',
  '',
  'The office of Maria Pulman said on Monday that she does not represent Sergei Duvanov and never has.',
  'Court records seen by this paper show that Sergei Duvanov was arrested on 2 November 2002.',
].join('\n');

export const DENIAL_QUOTE = 'she does not represent Sergei Duvanov and never has';
export const DENIAL_TITLE = 'Lawyer denies acting for jailed journalist';

export const disagreeingFollowUp = {
  format: 'kg-extraction/1',
  article: { title: DENIAL_TITLE, url: 'https://example.org/kg-test/lawyer-denies', author: 'Test Desk', text: TEXT },
  entities: [
    { key: 'pulman', type: 'PERSON', name: 'Maria Pulman', roles: ['lawyer'], mentions: ['The office of Maria Pulman'] },
    { key: 'duvanov', type: 'PERSON', name: 'Sergei Duvanov', roles: ['journalist'], mentions: ['Sergei Duvanov was arrested'] },
  ],
  events: [
    {
      key: 'arrest',
      name: 'Arrest and charging of Sergei Duvanov',
      mentions: ['Sergei Duvanov was arrested on 2 November 2002'],
      date: { year: 2002, month: 11, day: 2, inferred: false },
      participants: [{ entity: 'duvanov', role: 'accused', status: 'REPORTED' }],
    },
  ],
  relationships: [{ type: 'REPRESENTS', from: 'pulman', to: 'duvanov', status: 'DENIED', quotes: [DENIAL_QUOTE] }],
};
