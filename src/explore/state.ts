/** Everything a view depends on, kept in the URL so a link reproduces it. */
export interface ExplorerState {
  /** the entity the view started from */
  focus: string | null;
  /** entities whose neighbourhoods are drawn (the focus first) */
  expanded: string[];
  /** neighbours drawn around each expanded entity; the rest are counted as left out */
  show: number;
  /** path mode: the other end */
  to: string | null;
  /** the selected node or edge */
  selected: string | null;
  /** filter tokens: type:PLACE, status:DENIED, rel:CONCERNS */
  hidden: string[];
  view: 'network' | 'table';
}

export const DEFAULT_SHOW = 40;

const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);

export function readState(search: string): ExplorerState {
  const p = new URLSearchParams(search);
  const focus = p.get('focus');
  const show = Number(p.get('show'));
  const expanded = list(p.get('expand'));
  return {
    focus,
    expanded: focus ? [focus, ...expanded.filter((id) => id !== focus)] : [],
    show: Number.isInteger(show) && show > 0 && show <= 200 ? show : DEFAULT_SHOW,
    to: p.get('to'),
    selected: p.get('sel'),
    hidden: list(p.get('hide')),
    view: p.get('view') === 'table' ? 'table' : 'network',
  };
}

export function writeState(state: ExplorerState): string {
  const p = new URLSearchParams();
  if (state.focus) p.set('focus', state.focus);
  const more = state.expanded.filter((id) => id !== state.focus);
  if (more.length > 0) p.set('expand', more.join(','));
  if (state.show !== DEFAULT_SHOW) p.set('show', String(state.show));
  if (state.to) p.set('to', state.to);
  if (state.selected) p.set('sel', state.selected);
  if (state.hidden.length > 0) p.set('hide', state.hidden.join(','));
  if (state.view === 'table') p.set('view', 'table');
  const query = p.toString();
  return query ? `?${query}` : '';
}
