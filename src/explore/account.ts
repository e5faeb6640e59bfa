import { ApiError, gql } from './api.js';
import { clear, h } from './dom.js';
import { graphql, type ResultOf } from './graphql.js';
import { currentToken, forgetToken, rememberToken } from './session.js';

const WhoAmI = graphql('query WhoAmI { viewer { role name mayEdit editingEnabled } }');
export type Viewer = ResultOf<typeof WhoAmI>['viewer'];

/** Who the API says we are; null when it refuses to answer without a token (KG_REQUIRE_READER_TOKEN=1). */
export async function whoAmI(): Promise<Viewer | null> {
  try {
    return (await gql(WhoAmI, {})).viewer;
  } catch (error) {
    if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') return null;
    throw error;
  }
}

const ROLE_WORDS: Record<string, string> = { READER: 'reader: you may read', EDITOR: 'editor: you may read and edit' };

/**
 * The header's account box: who you are and what you may do, with "Sign out"; or a form for a reader's or
 * an editor's token. The form never submits (a GET form would put the token in the URL); a new sign-in
 * reloads the page so that everything on it is asked again with the token.
 */
export function accountBox(viewer: Promise<Viewer | null>): HTMLElement {
  const box = h('div', { class: 'account', role: 'region', 'aria-label': 'Account' });
  const signedIn = (v: Viewer) =>
    clear(
      box,
      h('span', { class: 'who' }, `Signed in as ${v.name} (${ROLE_WORDS[v.role]})`),
      h(
        'button',
        {
          type: 'button',
          onclick: () => {
            forgetToken();
            location.reload();
          },
        },
        'Sign out',
      ),
    );
  viewer
    .then((v) => {
      if (v && (v.role === 'READER' || v.role === 'EDITOR')) return signedIn(v);
      // a token that no longer matches (the server's tokens changed) is forgotten, and the form says why
      const stale = currentToken() !== null;
      if (stale) forgetToken();
      clear(
        box,
        signInForm(
          stale
            ? 'That token is not valid here; it has been forgotten.'
            : v === null
              ? 'This server needs a token to read: sign in.'
              : null,
        ),
      );
    })
    .catch((error: Error) => clear(box, h('span', { role: 'alert' }, `Could not tell who you are: ${error.message}`)));
  return box;
}

function signInForm(notice: string | null): HTMLElement {
  const token = h('input', {
    type: 'password',
    id: 'access-token',
    name: 'access-token',
    autocomplete: 'off',
    required: true,
    minlength: '16',
    size: '24',
  });
  const message = h('span', { class: 'account-message', role: 'status' }, notice ?? '');
  const form = h(
    'form',
    { class: 'sign-in', method: 'post', action: '#' },
    h('label', { for: 'access-token' }, 'Access token'),
    token,
    h('button', { type: 'submit' }, 'Sign in'),
    message,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void signIn(token.value.trim(), message);
  });
  return form;
}

async function signIn(token: string, message: HTMLElement): Promise<void> {
  if (token === '') return;
  rememberToken(token);
  message.textContent = 'Signing in…';
  const v = await whoAmI().catch(() => null);
  if (v && (v.role === 'READER' || v.role === 'EDITOR')) {
    location.reload();
    return;
  }
  forgetToken();
  message.textContent = 'That token is not valid here: check it and try again.';
}
