import { ApiError } from '../api.js';
import { clear, h } from '../dom.js';
import { radioGroup } from '../desk/fields.js';
import { comparison, entityLink, planView } from './duplicate-sides.js';
import { noteField, outcomeLine, refusal, say } from './note-field.js';
import { markDistinct, mergeEntities, previewMerge, stillProposed, type DuplicateCandidate } from './review-api.js';

const SETTLED = 'Already settled: another editor merged these or marked them distinct since the queue was loaded.';

/** A refusal that means someone else got there first: an entity of the pair is merged already, or gone. */
const settledElsewhere = (error: unknown) =>
  error instanceof ApiError && /already merged|was merged into|NOT_FOUND/.test(`${error.message} ${error.code}`);

/** One proposed duplicate: the look-alikes side by side and, for editors, merge (after its dry run) or "not the same". */
export function duplicateCard(candidate: DuplicateCandidate, mayEdit: boolean): HTMLElement {
  const names = candidate.entities.map((e) => e.name).join(' / ');
  const card = h(
    'section',
    { class: 'duplicate', 'data-duplicate': candidate.id, 'aria-label': `Possible duplicate: ${names}` },
    h('h3', {}, names),
    h('p', { class: 'reason' }, `Why: ${candidate.reason} (likeness ${candidate.score.toFixed(2)})`),
    comparison(candidate),
  );
  if (mayEdit) card.append(duplicateControls(candidate, card));
  return card;
}

function duplicateControls(candidate: DuplicateCandidate, card: HTMLElement): HTMLElement {
  const outcome = outcomeLine();
  const note = noteField('Note (why)', outcome);
  const planBox = h('div', { class: 'plan-box' });
  let into = candidate.entities[0].id;
  const others = () => candidate.entities.map((e) => e.id).filter((id) => id !== into);
  const names = new Map(candidate.entities.map((e) => [e.id, e.name]));
  const buttons: HTMLButtonElement[] = [];
  const settle = (text: string, problem = false) => {
    say(outcome, text, problem);
    for (const b of [...buttons, ...planBox.querySelectorAll('button')]) (b as HTMLButtonElement).disabled = true;
    card.dataset.settled = 'true';
  };
  /** Runs a write unless the pair was settled meanwhile; refusals are shown, the card stays usable. */
  const guarded = async (write: () => Promise<void>) => {
    try {
      if (!(await stillProposed(candidate.id))) return settle(SETTLED, true);
      await write();
    } catch (error) {
      if (settledElsewhere(error)) settle(SETTLED, true);
      else say(outcome, refusal(error), true);
    }
  };
  const confirmMerge = (text: string) =>
    guarded(async () => {
      const survivor = await mergeEntities(into, others(), text);
      settle(`Merged into ${survivor.name}. It can be undone from the history on its page.`);
      outcome.append(' ', entityLink(survivor));
    });
  const preview = () =>
    guarded(async () => {
      const plan = await previewMerge(into, others());
      const merge = h(
        'button',
        {
          type: 'button',
          class: 'primary',
          onclick: () => {
            const text = note.read();
            if (text) void confirmMerge(text);
          },
        },
        `Merge into ${names.get(into)}`,
      );
      clear(
        planBox,
        h('h4', {}, 'What the merge would change'),
        planView(plan, names),
        merge,
        h('button', { type: 'button', onclick: () => clear(planBox) }, 'Cancel'),
      );
      merge.focus();
    });
  const distinct = () => {
    const text = note.read();
    if (text)
      void guarded(async () => {
        await markDistinct(
          candidate.entities.map((e) => e.id),
          text,
        );
        settle('Marked as not the same: they will not be proposed again.');
      });
  };
  buttons.push(
    h('button', { type: 'button', onclick: () => void preview() }, 'Preview merge'),
    h('button', { type: 'button', onclick: distinct }, 'Not the same'),
  );
  return h(
    'div',
    { class: 'duplicate-actions' },
    radioGroup(
      'Keep the id and name of',
      `keep-${candidate.id}`,
      into,
      candidate.entities.map((e) => [e.id, e.name]),
      (v) => {
        into = v;
        clear(planBox);
      },
    ),
    note.element,
    h('p', { class: 'actions' }, ...buttons),
    planBox,
    outcome,
  );
}
