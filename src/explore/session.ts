/*
 * The token a visitor signs in with: kept in this tab's sessionStorage (gone when the tab closes, never
 * shared with other tabs), sent only as `Authorization: Bearer`, never put in a URL, a log or the page.
 */
const KEY = 'kg.token';

export function currentToken(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function rememberToken(token: string): void {
  sessionStorage.setItem(KEY, token);
}

export function forgetToken(): void {
  sessionStorage.removeItem(KEY);
}

export function authorization(): Record<string, string> {
  const token = currentToken();
  return token ? { authorization: `Bearer ${token}` } : {};
}
