import { search, type EntityType } from './api.js';
import { h, clear, words } from './dom.js';

type Hit = { id: string; name: string; type: EntityType };

let boxes = 0;

/** A combobox over `search`: suggestions as you type, arrow keys and Enter to choose, Escape to close. */
export function searchBox(label: string, placeholder: string, onChoose: (hit: Hit) => void): HTMLElement {
  const listId = `suggestions-${++boxes}`;
  const input = h('input', {
    type: 'search',
    placeholder,
    'aria-label': label,
    role: 'combobox',
    'aria-expanded': 'false',
    'aria-controls': listId,
    'aria-autocomplete': 'list',
    autocomplete: 'off',
  });
  const list = h('ul', { id: listId, role: 'listbox', class: 'suggestions', hidden: true });
  let hits: Hit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    active = -1;
  };
  const choose = (hit: Hit) => {
    input.value = hit.name;
    close();
    onChoose(hit);
  };
  const paint = () => {
    clear(
      list,
      ...hits.map((hit, i) =>
        h(
          'li',
          {
            role: 'option',
            id: `${listId}-${i}`,
            'aria-selected': String(i === active),
            'data-id': hit.id,
            onmousedown: (event) => {
              event.preventDefault();
              choose(hit);
            },
          },
          hit.name,
          h('small', {}, ` ${words(hit.type)}`),
        ),
      ),
    );
    list.hidden = hits.length === 0;
    input.setAttribute('aria-expanded', String(hits.length > 0));
    if (active >= 0) input.setAttribute('aria-activedescendant', `${listId}-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const query = input.value.trim();
    if (query.length < 2) {
      hits = [];
      paint();
      return;
    }
    timer = setTimeout(async () => {
      const mine = ++asked;
      const found = await search(query).catch(() => []);
      if (mine !== asked) return; // a later keystroke's answer wins
      hits = found;
      active = -1;
      paint();
    }, 150);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (hits.length === 0) return;
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      paint();
    } else if (event.key === 'Enter' && hits.length > 0) {
      event.preventDefault();
      choose(hits[Math.max(active, 0)]);
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
  return h('div', { class: 'search' }, input, list);
}
