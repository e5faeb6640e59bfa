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

export function claimFields(item: Item, x: Doc, ctx: CardContext): HTMLElement {
  const doc = ctx.state.draft;
  const set = (field: string, value: unknown) => {
    if (value === undefined) delete x[field];
    else x[field] = value;
    ctx.changed();
  };
  const saidBy = selectField('Said by', x.saidBy ?? '', sayers(doc), (v) => set('saidBy', v || undefined));
  if (item.kind === 'relationships') {
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
  const names = namesByKey(doc);
  return h(
    'div',
    { class: 'claim-fields' },
    selectField(
      'Status',
      x.status ?? 'HAPPENED',
      EVENT_STATUSES.map((s) => [s, words(s)]),
      (v) => set('status', v),
    ),
    textField(
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
    ),
    saidBy,
    ...(x.participants ?? []).map((p: Doc) =>
      textField(
        `Role of ${names.get(p.entity) ?? p.entity}`,
        p.role ?? '',
        (v) => {
          p.role = v.trim();
          ctx.changed();
        },
        { size: '16' },
      ),
    ),
    quoteField(x, 'mentions', ctx),
  );
}
