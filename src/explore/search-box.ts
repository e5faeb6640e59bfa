import { search, type Suggestion } from './api.js';
import { clear, h, words } from './dom.js';

let boxes = 0;

/** A combobox over `search`: suggestions as you type, arrow keys and Enter to choose, Escape to close. */
export function searchBox(label: string, placeholder: string, onChoose: (hit: Suggestion) => void): HTMLElement {
  const box = new Suggestions(`suggestions-${++boxes}`, label, placeholder, onChoose);
  box.input.addEventListener('input', () => box.typed());
  box.input.addEventListener('keydown', (event) => box.key(event));
  box.input.addEventListener('blur', () => setTimeout(() => box.close(), 100));
  return h('div', { class: 'search' }, box.input, box.list);
}

/** The input, its list of suggestions, and which of them the arrow keys have reached (`active`, -1 for none). */
class Suggestions {
  readonly input: HTMLInputElement;
  readonly list: HTMLElement;
  private hits: Suggestion[] = [];
  private active = -1;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private asked = 0;

  constructor(
    private readonly listId: string,
    label: string,
    placeholder: string,
    private readonly onChoose: (hit: Suggestion) => void,
  ) {
    this.input = h('input', {
      type: 'search',
      placeholder,
      'aria-label': label,
      role: 'combobox',
      'aria-expanded': 'false',
      'aria-controls': listId,
      'aria-autocomplete': 'list',
      autocomplete: 'off',
    });
    this.list = h('ul', { id: listId, role: 'listbox', class: 'suggestions', hidden: true });
  }

  close(): void {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.active = -1;
  }

  private choose(hit: Suggestion): void {
    this.input.value = hit.name;
    this.close();
    this.onChoose(hit);
  }

  private paint(): void {
    const { input, hits, active, listId } = this;
    clear(this.list, ...hits.map((hit, i) => this.option(hit, i)));
    this.list.hidden = hits.length === 0;
    input.setAttribute('aria-expanded', String(hits.length > 0));
    if (active >= 0) input.setAttribute('aria-activedescendant', `${listId}-${active}`);
    else input.removeAttribute('aria-activedescendant');
  }

  private option(hit: Suggestion, i: number): HTMLElement {
    return h(
      'li',
      {
        role: 'option',
        id: `${this.listId}-${i}`,
        'aria-selected': String(i === this.active),
        'data-id': hit.id,
        onmousedown: (event) => {
          event.preventDefault();
          this.choose(hit);
        },
      },
      hit.name,
      h('small', {}, ` ${words(hit.type)}`),
    );
  }

  /** Asks for suggestions once the typing pauses; an answer to an earlier question than the last is dropped. */
  typed(): void {
    clearTimeout(this.timer);
    const query = this.input.value.trim();
    if (query.length < 2) {
      this.hits = [];
      this.paint();
      return;
    }
    this.timer = setTimeout(async () => {
      const mine = ++this.asked;
      const found = await search(query).catch(() => []);
      if (mine !== this.asked) return; // a later keystroke's answer wins
      this.hits = found;
      this.active = -1;
      this.paint();
    }, 150);
  }

  key(event: KeyboardEvent): void {
    const { hits } = this;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (hits.length === 0) return;
      event.preventDefault();
      this.active = (this.active + (event.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      this.paint();
    } else if (event.key === 'Enter' && hits.length > 0) {
      event.preventDefault();
      this.choose(hits[Math.max(this.active, 0)]);
    } else if (event.key === 'Escape') {
      this.close();
    }
  }
}
