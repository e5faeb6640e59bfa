import { accountBox, type Viewer } from '../account.js';
import { clear, h } from '../dom.js';
import { disputeCard } from './dispute-card.js';
import { duplicateCard } from './duplicate-card.js';
import { disputes, possibleDuplicates, DUPLICATES_SHOWN } from './review-api.js';

/**
 * /explore/review, the review queue: entities that may be one (merge, or "not the same") and relationships
 * whose sources disagree (an editor's verdict). Anyone who may read sees the queue; only editors see the
 * controls, as the viewer query says.
 */
export async function startReviewQueue(root: HTMLElement, viewer: Promise<Viewer | null>): Promise<void> {
  document.title = 'Review queue · Knowledge graph explorer';
  const body = h('main', { class: 'queue' });
  const editorLinks = h('a', { href: '/explore/desk', hidden: true }, 'New article');
  root.append(
    h(
      'header',
      {},
      h('h1', {}, h('a', { href: '/explore/review' }, 'Review queue')),
      h('a', { href: '/explore' }, 'Explorer'),
      editorLinks,
      accountBox(viewer),
    ),
    body,
  );
  const v = await viewer.catch(() => null);
  editorLinks.hidden = !v?.mayEdit;
  const mayEdit = Boolean(v?.mayEdit);
  const note = mayEdit
    ? null
    : h(
        'p',
        { class: 'note', role: 'note' },
        v?.role === 'READER'
          ? 'You may read the queue; settling it needs an editor token.'
          : 'Sign in with an editor token to settle the queue.',
      );
  const duplicateBox = h(
    'section',
    { class: 'duplicates', 'aria-labelledby': 'duplicates-heading' },
    h('h2', { id: 'duplicates-heading' }, 'Possible duplicates'),
    h('p', {}, 'Loading…'),
  );
  const disputeBox = h(
    'section',
    { class: 'queue-disputes', 'aria-labelledby': 'disputes-heading' },
    h('h2', { id: 'disputes-heading' }, 'Disputes'),
    h('p', {}, 'Loading…'),
  );
  clear(body, note, duplicateBox, disputeBox);
  await Promise.all([fillDuplicates(duplicateBox, mayEdit), fillDisputes(disputeBox, mayEdit)]);
}

async function fillDuplicates(box: HTMLElement, mayEdit: boolean): Promise<void> {
  const heading = box.firstElementChild!;
  try {
    const found = await possibleDuplicates();
    clear(
      box,
      heading,
      found.length === 0 ? h('p', {}, 'No entities look like duplicates.') : null,
      found.length === DUPLICATES_SHOWN ? h('p', { class: 'note' }, `The ${DUPLICATES_SHOWN} likeliest; settle them to see more.`) : null,
      ...found.map((c) => duplicateCard(c, mayEdit)),
    );
  } catch (error) {
    clear(box, heading, h('p', { role: 'alert' }, `Could not load the possible duplicates: ${(error as Error).message}`));
  }
}

async function fillDisputes(box: HTMLElement, mayEdit: boolean): Promise<void> {
  const heading = box.firstElementChild!;
  try {
    const found = await disputes();
    clear(
      box,
      heading,
      found.length === 0 ? h('p', {}, 'The sources agree on everything in the graph.') : null,
      ...found.map((d) => disputeCard(d, mayEdit)),
    );
  } catch (error) {
    clear(box, heading, h('p', { role: 'alert' }, `Could not load the disputes: ${(error as Error).message}`));
  }
}
