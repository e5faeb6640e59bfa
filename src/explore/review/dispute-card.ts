import type { Status } from '../api.js';
import { h, words } from '../dom.js';
import { selectField } from '../desk/fields.js';
import { sidesView, statusBadge } from '../evidence.js';
import { entityLink } from './duplicate-sides.js';
import { noteField, outcomeLine, refusal, say } from './note-field.js';
import { judgeRelationship, type QueueDispute, type Verdict } from './review-api.js';

const VERDICTS: Array<[string, string]> = [
  ['CONFIRMED', 'Confirmed: it holds'],
  ['REPORTED', 'Reported: stated, not checked'],
  ['ALLEGED', 'Alleged: claimed, not shown'],
  ['DENIED', 'Denied: it does not hold'],
  ['', 'No verdict (withdraw)'],
];

const verdictText = (v: Verdict | null) =>
  v ? `Editor's verdict: ${v.status}, by ${v.editor}: “${v.note}”` : 'No editor has judged it yet.';

function subject(d: QueueDispute): Array<Node | string> {
  const r = d.relationship;
  if (!r) return ['The date of ', entityLink(d.entity)];
  return [entityLink(r.source), ` ${words(r.type)}${r.role ? ` (${r.role})` : ''} `, entityLink(r.target), ': does it hold?'];
}

/** One disagreement: each side with its quotes and, on a relationship, an editor's verdict beside the sources'. */
export function disputeCard(d: QueueDispute, mayEdit: boolean): HTMLElement {
  const verdictLine = h('p', { class: 'verdict-now' }, verdictText(d.relationship?.editorVerdict ?? null));
  const card = h(
    'section',
    {
      class: 'dispute',
      'data-dispute': d.id,
      'data-aspect': d.aspect,
      'aria-label': `Dispute: ${d.aspect} of ${d.relationship ? d.relationship.type : d.entity.name}`,
    },
    h('h3', {}, ...subject(d)),
    sidesView(
      d.positions.map((p) => [p.value, p.citations]),
      (value) => (d.aspect === 'status' ? statusBadge(value) : h('strong', {}, value)),
    ),
    d.relationship
      ? verdictLine
      : h('p', { class: 'note' }, 'Verdicts are for relationships; a disputed date stays as its sources give it.'),
  );
  if (mayEdit && d.relationship) card.append(verdictForm(d.relationship.id, verdictLine));
  return card;
}

function verdictForm(relationshipId: string, verdictLine: HTMLElement): HTMLElement {
  const outcome = outcomeLine();
  const note = noteField('Note (why)', outcome);
  let status = 'CONFIRMED';
  const judge = async () => {
    const text = note.read();
    if (!text) return;
    try {
      const verdict = await judgeRelationship(relationshipId, (status || null) as Status | null, text);
      verdictLine.textContent = verdictText(verdict);
      say(outcome, verdict ? `Verdict recorded: ${verdict.status}. The sources' own statuses stay as they are.` : 'Verdict withdrawn.');
    } catch (error) {
      say(outcome, refusal(error), true);
    }
  };
  return h(
    'div',
    { class: 'verdict-form' },
    selectField('Your verdict', status, VERDICTS, (v) => {
      status = v;
    }),
    note.element,
    h('p', { class: 'actions' }, h('button', { type: 'button', onclick: () => void judge() }, 'Record verdict')),
    outcome,
  );
}
