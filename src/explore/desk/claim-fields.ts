import { h } from '../dom.js';
import { formatDate, parseDate, selectField, textField } from './fields.js';
import type { CardContext } from './card-context.js';
import { namesByKey, type Doc, type Item } from './review-model.js';

const STATUSES = ['REPORTED', 'ALLEGED', 'CONFIRMED', 'DENIED'];
const EVENT_STATUSES = ['HAPPENED', 'PLANNED', 'PREVENTED', 'CANCELLED'];
const words = (v: string) => v.toLowerCase().replace(/_/g, ' ');

/** Who may say something: the people, organisations and unnamed actors of the draft, or the article itself. */
function sayers(doc: Doc): Array<[string, string]> {
  const names = namesByKey(doc);
  const keys = [...doc.entities.filter((e: Doc) => e.type !== 'PLACE'), ...(doc.actors ?? [])].map((x: Doc) => x.key as string);
  return [['', 'the article itself'], ...keys.map((k): [string, string] => [k, names.get(k) ?? k])];
}

/**
 * The quote a relationship or event rests on: typed (checked by the validator), or taken from the words
 * selected in the article, which only verbatim words can be. The item's span follows, so its highlight moves.
 */
function quoteField(x: Doc, field: 'quotes' | 'mentions', ctx: CardContext): HTMLElement {
  const current = () => x[field]?.[0] ?? '';
  const set = (quote: string, span?: { start: number; end: number }) => {
    x[field] = [quote, ...(x[field] ?? []).slice(1)];
    if (span) x.draft = { confidence: 1, ...x.draft, spans: [span] };
    ctx.changed();
  };
  const box = textField('Quote', current(), (v) => set(v.trim()), { class: 'quote-input', size: '50' });
  const input = box.querySelector('input')!;
  const use = h(
    'button',
    {
      type: 'button',
      class: 'use-selection',
      disabled: true,
      onclick: () => {
        const chosen = ctx.selection();
        if (!chosen) return;
        input.value = chosen.quote;
        set(chosen.quote, { start: chosen.start, end: chosen.end });
      },
    },
    'Use the words selected in the article',
  );
  box.append(' ', use);
  return box;
}

/** Sets a field of the item (undefined removes it) and tells the review it changed. */
type SetField = (field: string, value: unknown) => void;

/** A relationship's or event's claim, for editing: what it says, how sure, on whose word, and its quote. */
export function claimFields(item: Item, x: Doc, ctx: CardContext): HTMLElement {
  const set: SetField = (field, value) => {
    if (value === undefined) delete x[field];
    else x[field] = value;
    ctx.changed();
  };
  const saidBy = selectField('Said by', x.saidBy ?? '', sayers(ctx.state.draft), (v) => set('saidBy', v || undefined));
  return item.kind === 'relationships' ? relationshipFields(x, ctx, set, saidBy) : eventFields(x, ctx, set, saidBy);
}

function relationshipFields(x: Doc, ctx: CardContext, set: SetField, saidBy: HTMLElement): HTMLElement {
  return h(
    'div',
    { class: 'claim-fields' },
    selectField(
      'Type',
      x.type,
      ctx.state.relationshipTypes.map((t) => [t, words(t)]),
      (v) => set('type', v),
    ),
    selectField(
      'Status',
      x.status,
      STATUSES.map((s) => [s, words(s)]),
      (v) => set('status', v),
    ),
    saidBy,
    quoteField(x, 'quotes', ctx),
  );
}

function eventFields(x: Doc, ctx: CardContext, set: SetField, saidBy: HTMLElement): HTMLElement {
  return h(
    'div',
    { class: 'claim-fields' },
    selectField(
      'Status',
      x.status ?? 'HAPPENED',
      EVENT_STATUSES.map((s) => [s, words(s)]),
      (v) => set('status', v),
    ),
    dateField(x, ctx, set),
    saidBy,
    ...roleFields(x, ctx),
    quoteField(x, 'mentions', ctx),
  );
}

function dateField(x: Doc, ctx: CardContext, set: SetField): HTMLElement {
  return textField(
    'Date (YYYY, YYYY-MM or YYYY-MM-DD)',
    formatDate(x.date),
    (v) => {
      // a date that cannot be read is left as it was; the field shows what is kept
      if (v.trim() === '') {
        delete x.dateQuote;
        set('date', undefined);
      } else if (parseDate(v)) set('date', parseDate(v));
      else ctx.changed();
    },
    { size: '12' },
  );
}

/** Each participant's role in the event, named by the draft's names for its entities. */
function roleFields(x: Doc, ctx: CardContext): HTMLElement[] {
  const names = namesByKey(ctx.state.draft);
  return (x.participants ?? []).map((p: Doc) =>
    textField(
      `Role of ${names.get(p.entity) ?? p.entity}`,
      p.role ?? '',
      (v) => {
        p.role = v.trim();
        ctx.changed();
      },
      { size: '16' },
    ),
  );
}
