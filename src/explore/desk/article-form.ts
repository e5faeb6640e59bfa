import { h } from '../dom.js';
import { type ContentKind, type DraftAnswer, type DraftRequest, draftArticle, type Engine } from './desk-api.js';
import { fieldId } from './fields.js';

const KIND_OF: Record<string, ContentKind> = { md: 'MARKDOWN', markdown: 'MARKDOWN', txt: 'TEXT', html: 'HTML', htm: 'HTML' };

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
  const fields = articleFields();
  const status = h('p', { class: 'desk-status', role: 'status' });
  const progress = h('progress', { hidden: true, 'aria-label': 'Drafting' });
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Draft');
  let kind: ContentKind = 'TEXT';
  fields.file.addEventListener('change', () => {
    void readUpload(fields, status, (read) => {
      kind = read;
    });
  });
  // typing or pasting makes it plain text again, whatever file was read before
  fields.text.addEventListener('input', () => {
    kind = 'TEXT';
  });
  const form = h(
    'form',
    { class: 'article-form', method: 'post', action: '#', 'aria-busy': 'false' },
    h('h2', {}, 'New article'),
    labelled('Article text', fields.text),
    labelled('Or upload a file (.md, .txt, .html)', fields.file),
    labelled('Title', fields.title),
    labelled('Author', fields.author),
    labelled('Published', fields.published),
    labelled('URL', fields.url),
    labelled('Publisher', fields.publisher),
    labelled('Engine', fields.engine),
    h('p', {}, submit, ' ', progress),
    status,
  );
  const busy = (on: boolean) => {
    submit.disabled = on;
    progress.hidden = !on;
    form.setAttribute('aria-busy', String(on));
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void drafting(draftRequest(fields, kind), { status, busy, onDrafted });
  });
  return form;
}

interface ArticleFields {
  text: HTMLTextAreaElement;
  file: HTMLInputElement;
  title: HTMLInputElement;
  author: HTMLInputElement;
  published: HTMLInputElement;
  url: HTMLInputElement;
  publisher: HTMLInputElement;
  engine: HTMLSelectElement;
}

function articleFields(): ArticleFields {
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
  return { text, file, title, author, published, url, publisher, engine };
}

/** The uploaded file's kind (to `onKind`) and its text into the text box; a file of another kind is refused in `status`. */
async function readUpload(fields: ArticleFields, status: HTMLElement, onKind: (kind: ContentKind) => void): Promise<void> {
  const chosen = fields.file.files?.[0];
  if (!chosen) return;
  const extension = chosen.name.split('.').pop()!.toLowerCase();
  const kind = KIND_OF[extension];
  if (!kind) {
    status.textContent = `${chosen.name}: give a .md, .txt or .html file.`;
    return;
  }
  onKind(kind);
  fields.text.value = await chosen.text();
  status.textContent = `Read ${chosen.name} (${kind.toLowerCase()}).`;
}

function draftRequest(fields: ArticleFields, kind: ContentKind): DraftRequest {
  return {
    content: fields.text.value,
    kind,
    engine: fields.engine.value as Engine,
    title: fields.title.value,
    author: fields.author.value,
    publishedAt: fields.published.value,
    url: fields.url.value,
    publisher: fields.publisher.value,
  };
}

/** Asks for the draft, saying every second how long it has been working. */
async function drafting(
  request: DraftRequest,
  form: { status: HTMLElement; busy(on: boolean): void; onDrafted(answer: DraftAnswer): void },
): Promise<void> {
  const { status } = form;
  const started = Date.now();
  const tick = setInterval(() => {
    status.textContent = `Drafting… ${Math.round((Date.now() - started) / 1000)} s`;
  }, 1000);
  form.busy(true);
  status.textContent = 'Drafting…';
  try {
    form.onDrafted(await draftArticle(request));
  } catch (error) {
    status.textContent = `Could not draft it: ${(error as Error).message}`;
  } finally {
    clearInterval(tick);
    form.busy(false);
  }
}
