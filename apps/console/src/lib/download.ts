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
  // The API serves the console (one origin): its link is fetched here, whatever public address the
  // API was configured with (a proxy's, or the default while it runs on another port).
  const link = new URL(url, window.location.origin);
  const response = await fetch(`${link.pathname}${link.search}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  if (!response.ok) throw new Error(`download failed: ${response.status}`);
  save(await response.blob(), filename);
}
