import { freshAccessToken } from './session';

function save(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Saves text made in the page (recovery codes) as a file. */
export function saveText(filename: string, text: string): void {
  save(new Blob([text], { type: 'text/plain;charset=utf-8' }), filename);
}

/**
 * Fetches a download link (`/downloads/…`) with the bearer token and saves it from a blob: the link
 * alone opens nothing, and the token never appears in a URL.
 */
export async function downloadWithToken(url: string, filename: string): Promise<void> {
  const token = await freshAccessToken();
  // The link names the API's public address (PUBLIC_BASE_URL); the console is served by that API, so its path
  // is fetched on the page's own origin, which the Content-Security-Policy allows (a proxy's name may differ).
  const { pathname } = new URL(url, window.location.origin);
  const response = await fetch(pathname, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!response.ok) throw new Error(`download failed: ${response.status}`);
  save(await response.blob(), filename);
}
