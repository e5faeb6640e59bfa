import { ApiError } from '../api.js';
import { clear, h } from '../dom.js';
import { radioGroup } from '../desk/fields.js';
import { comparison, entityLink, planView } from './duplicate-sides.js';
import { noteField, outcomeLine, refusal, say } from './note-field.js';
import { type DuplicateCandidate, type MergePlan, markDistinct, mergeEntities, previewMerge, stillProposed } from './review-api.js';

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
  return new DuplicateControls(candidate, card).element();
}

/** An editor's choices on one proposed duplicate: which to keep, a note, the dry run, merge or "not the same". */
class DuplicateControls {
  private readonly outcome = outcomeLine();
  private readonly note = noteField('Note (why)', this.outcome);
  private readonly planBox = h('div', { class: 'plan-box' });
  private readonly names: Map<string, string>;
  private readonly buttons: HTMLButtonElement[];
  /** the entity that keeps its id and name */
  private into: string;

  constructor(
    private readonly candidate: DuplicateCandidate,
    private readonly card: HTMLElement,
  ) {
    this.into = candidate.entities[0].id;
    this.names = new Map(candidate.entities.map((e) => [e.id, e.name]));
    this.buttons = [
      h('button', { type: 'button', onclick: () => void this.preview() }, 'Preview merge'),
      h('button', { type: 'button', onclick: () => this.distinct() }, 'Not the same'),
    ];
  }

  element(): HTMLElement {
    const { candidate, planBox } = this;
    return h(
      'div',
      { class: 'duplicate-actions' },
      radioGroup(
        'Keep the id and name of',
        `keep-${candidate.id}`,
        this.into,
        candidate.entities.map((e) => [e.id, e.name]),
        (v) => {
          this.into = v;
          clear(planBox);
        },
      ),
      this.note.element,
      h('p', { class: 'actions' }, ...this.buttons),
      planBox,
      this.outcome,
    );
  }

  private others(): string[] {
    return this.candidate.entities.map((e) => e.id).filter((id) => id !== this.into);
  }

  /** The pair is settled (here or by another editor): said so, and nothing on the card can be pressed again. */
  private settle(text: string, problem = false): void {
    say(this.outcome, text, problem);
    for (const b of [...this.buttons, ...this.planBox.querySelectorAll('button')]) (b as HTMLButtonElement).disabled = true;
    this.card.dataset.settled = 'true';
  }

  /** Runs a write unless the pair was settled meanwhile; refusals are shown, the card stays usable. */
  private async guarded(write: () => Promise<void>): Promise<void> {
    try {
      if (!(await stillProposed(this.candidate.id))) return this.settle(SETTLED, true);
      await write();
    } catch (error) {
      if (settledElsewhere(error)) this.settle(SETTLED, true);
      else say(this.outcome, refusal(error), true);
    }
  }

  private confirmMerge(text: string): Promise<void> {
    return this.guarded(async () => {
      const survivor = await mergeEntities(this.into, this.others(), text);
      this.settle(`Merged into ${survivor.name}. It can be undone from the history on its page.`);
      this.outcome.append(' ', entityLink(survivor));
    });
  }

  private preview(): Promise<void> {
    return this.guarded(async () => this.showPlan(await previewMerge(this.into, this.others())));
  }

  /** The dry run's plan, with the button that merges for real. */
  private showPlan(plan: MergePlan): void {
    const { planBox } = this;
    const merge = h(
      'button',
      {
        type: 'button',
        class: 'primary',
        onclick: () => {
          const text = this.note.read();
          if (text) void this.confirmMerge(text);
        },
      },
      `Merge into ${this.names.get(this.into)}`,
    );
    clear(
      planBox,
      h('h4', {}, 'What the merge would change'),
      planView(plan, this.names),
      merge,
      h('button', { type: 'button', onclick: () => clear(planBox) }, 'Cancel'),
    );
    merge.focus();
  }

  private distinct(): void {
    const text = this.note.read();
    if (text)
      void this.guarded(async () => {
        await markDistinct(
          this.candidate.entities.map((e) => e.id),
          text,
        );
        this.settle('Marked as not the same: they will not be proposed again.');
      });
  }
}
