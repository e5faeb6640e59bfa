import { h } from '../dom.js';

let fields = 0;
/** A unique id for a control, so every label points at its own. */
export const fieldId = (name: string) => `f-${name}-${++fields}`;

/** A labelled select; `value` '' is the first option when `blank` names it. */
export function selectField(
  label: string,
  value: string,
  options: Array<[string, string]>,
  onChange: (value: string) => void,
): HTMLElement {
  const id = fieldId('select');
  const select = h(
    'select',
    { id, onchange: (e) => onChange((e.target as HTMLSelectElement).value) },
    ...options.map(([v, text]) => h('option', { value: v, selected: v === value }, text)),
  );
  return h('p', { class: 'field' }, h('label', { for: id }, label), ' ', select);
}

/** A labelled text input, reported on change (on leaving it or Enter), not on each keystroke. */
export function textField(
  label: string,
  value: string,
  onChange: (value: string) => void,
  attributes: Record<string, string> = {},
): HTMLElement {
  const id = fieldId('text');
  const input = h('input', { id, type: 'text', value, ...attributes, onchange: (e) => onChange((e.target as HTMLInputElement).value) });
  return h('p', { class: 'field' }, h('label', { for: id }, label), ' ', input);
}

/** Radio buttons in a fieldset: a group the keyboard moves through with the arrow keys. */
export function radioGroup(
  legend: string,
  name: string,
  value: string,
  options: Array<[string, string, HTMLElement?]>,
  onChange: (value: string) => void,
): HTMLElement {
  return h(
    'fieldset',
    { class: 'verdict' },
    h('legend', {}, legend),
    ...options.map(([v, text, extra]) => {
      const id = fieldId('radio');
      return h(
        'p',
        { class: 'choice' },
        h('input', { type: 'radio', id, name, value: v, checked: v === value, onchange: () => onChange(v) }),
        h('label', { for: id }, text),
        extra ? ' ' : null,
        extra ?? null,
      );
    }),
  );
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** "2003", "2003-06" or "2003-06-05" as the format's partial date; null for anything else. */
export function parseDate(value: string): { year: number; month?: number; day?: number; inferred: boolean } | null {
  const match = DATE.exec(value.trim());
  if (!match) return null;
  const [year, month, day] = match.slice(1).map((p) => (p === undefined ? undefined : Number(p)));
  return { year: year!, ...(month !== undefined && { month }), ...(day !== undefined && { day }), inferred: false };
}

export function formatDate(date: { year: number; month?: number; day?: number } | undefined): string {
  if (!date) return '';
  const two = (n: number) => String(n).padStart(2, '0');
  return [String(date.year), date.month && two(date.month), date.day && two(date.day)].filter(Boolean).join('-');
}
