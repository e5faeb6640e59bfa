import { accountBox, type Viewer } from '../account.js';
import { clear, h } from '../dom.js';
import { articleForm } from './article-form.js';
import { loadDraft, saveDraft } from './draft-storage.js';
import { reportView } from './report.js';
import { reviewScreen } from './review.js';
import type { DeskState } from './review-model.js';

/**
 * /explore/desk, the editor's desk: a new article is drafted by the server, reviewed here against its text,
 * and added to the graph. A draft in progress is picked up again after a reload. Readers and visitors
 * without a token see why they cannot use it, and no editing control.
 */
export async function startDesk(root: HTMLElement, viewer: Promise<Viewer | null>): Promise<void> {
  document.title = "Editor's desk · Knowledge graph explorer";
  const body = h('main', { class: 'desk' });
  root.append(
    h(
      'header',
      {},
      h('h1', {}, h('a', { href: '/explore/desk' }, "Editor's desk")),
      h('a', { href: '/explore' }, 'Explorer'),
      h('a', { href: '/explore/review' }, 'Review queue'),
      accountBox(viewer),
    ),
    body,
  );
  const v = await viewer.catch(() => null);
  if (!v?.mayEdit) {
    const why =
      v?.role === 'READER'
        ? 'Your token may read but not edit: sign in with an editor token to add articles.'
        : v && !v.editingEnabled
          ? 'Editing is off on this server: no editor token is configured (KG_EDITOR_TOKENS).'
          : 'Sign in with an editor token to add articles.';
    clear(body, h('p', { role: 'alert', class: 'refusal' }, why));
    return;
  }
  const showForm = () =>
    clear(
      body,
      articleForm((answer) => {
        const state: DeskState = {
          draft: answer.draft,
          articleId: answer.articleId,
          alreadyIngested: answer.alreadyIngested,
          relationshipTypes: answer.relationshipTypes,
          decisions: {},
        };
        saveDraft(state);
        showReview(state);
      }),
    );
  const showReview = (state: DeskState) =>
    reviewScreen(body, state, {
      onAdded: (report, document) => {
        clear(body, reportView(report, document, showForm));
        body.querySelector<HTMLElement>('#report-heading')?.focus();
      },
      onDiscarded: showForm,
    });
  const saved = loadDraft();
  if (saved) showReview(saved);
  else showForm();
}
