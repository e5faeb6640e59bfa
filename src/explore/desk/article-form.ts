import { h } from '../dom.js';
import { draftArticle, type DraftAnswer, type DraftRequest } from './desk-api.js';
import { fieldId } from './fields.js';

const KIND_OF: Record<string, DraftRequest['kind']> = { md: 'MARKDOWN', markdown: 'MARKDOWN', txt: 'TEXT', html: 'HTML', htm: 'HTML' };

function labelled(label: string, control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement): HTMLElement {
  control.id ||= fieldId('article');
  return h('p', { class: 'field' }, h('label', { for: control.id }, label), ' ', control);
}

/**
 * A new article: pasted, or read from an uploaded .md, .txt or .html file (in the browser: the server
 * gets its content and kind), with its title, author, date, URL and publisher; the server drafts it. A
 * draft takes seconds (minutes with an LLM): the form says it is working, and for how long.
 */
export function articleForm(onDrafted: (answer: DraftAnswer) => void): HTMLElement {
  const text = h('textarea', { rows: '14', cols: '80', name: 'content', required: true });
  const file = h('input', { type: 'file', accept: '.md,.markdown,.txt,.html,.htm' });
  const [title, author, published, url, publisher] = ['title', 'author', 'published', 'url', 'publisher'].map((name) =>
    h('input', { type: 'text', name, size: '40' }),
  );
  published.placeholder = 'YYYY-MM-DD';
  const engine = h(
    'select',
    {},
    h('option', { value: 'OFFLINE' }, 'offline (English, no network)'),
    h('option', { value: 'LLM' }, 'LLM (where the server has one)'),
  );
  const status = h('p', { class: 'desk-status', role: 'status' });
  const progress = h('progress', { hidden: true, 'aria-label': 'Drafting' });
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Draft');
  let kind: DraftRequest['kind'] = 'TEXT';

  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    const extension = chosen.name.split('.').pop()!.toLowerCase();
    if (!KIND_OF[extension]) {
      status.textContent = `${chosen.name}: give a .md, .txt or .html file.`;
      return;
    }
    kind = KIND_OF[extension];
    text.value = await chosen.text();
    status.textContent = `Read ${chosen.name} (${kind.toLowerCase()}).`;
  });
  // typing or pasting makes it plain text again, whatever file was read before
  text.addEventListener('input', () => {
    kind = 'TEXT';
  });

  const form = h(
    'form',
    { class: 'article-form', method: 'post', action: '#', 'aria-busy': 'false' },
    h('h2', {}, 'New article'),
    labelled('Article text', text),
    labelled('Or upload a file (.md, .txt, .html)', file),
    labelled('Title', title),
    labelled('Author', author),
    labelled('Published', published),
    labelled('URL', url),
    labelled('Publisher', publisher),
    labelled('Engine', engine),
    h('p', {}, submit, ' ', progress),
    status,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const request: DraftRequest = {
      content: text.value,
      kind,
      engine: engine.value as DraftRequest['engine'],
      title: title.value,
      author: author.value,
      publishedAt: published.value,
      url: url.value,
      publisher: publisher.value,
    };
    void run(request);
  });

  async function run(request: DraftRequest): Promise<void> {
    const started = Date.now();
    const tick = setInterval(() => {
      status.textContent = `Drafting… ${Math.round((Date.now() - started) / 1000)} s`;
    }, 1000);
    submit.disabled = true;
    progress.hidden = false;
    form.setAttribute('aria-busy', 'true');
    status.textContent = 'Drafting…';
    try {
      onDrafted(await draftArticle(request));
    } catch (error) {
      status.textContent = `Could not draft it: ${(error as Error).message}`;
    } finally {
      clearInterval(tick);
      submit.disabled = false;
      progress.hidden = true;
      form.setAttribute('aria-busy', 'false');
    }
  }
  return form;
}
