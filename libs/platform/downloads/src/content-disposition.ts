/**
 * A `Content-Disposition` value. The file name goes twice: an ASCII fallback for old clients, and
 * the exact name in RFC 5987 form (`filename*=UTF-8''…`, percent-encoding everything outside
 * attr-char), which browsers prefer, so Japanese names arrive intact.
 */
export function contentDisposition(type: 'inline' | 'attachment', filename?: string | null): string {
  if (!filename) return type;
  const fallback = filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${type}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
