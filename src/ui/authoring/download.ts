/**
 * Files made in the page, with no server: a Blob behind an `<a download>` click, or a Blob URL
 * opened in a new tab. Blob URLs are revoked a minute later (the tab has read it by then).
 */

const REVOKE_AFTER_MS = 60_000;

/** Saves `text` as a file named `name`. */
export function downloadText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/**
 * Opens an HTML document in a new tab; when the browser blocks the tab, saves it as `fallbackName`
 * instead. Returns which happened.
 */
export function openHtml(html: string, fallbackName: string): 'opened' | 'saved' {
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  const tab = window.open(url, '_blank');
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  if (tab) {
    // The handout has no script; still, it gets no handle on this page.
    try {
      tab.opener = null;
    } catch {
      // Some browsers do not allow it; the document's CSP forbids scripts anyway.
    }
    return 'opened';
  }
  downloadText(fallbackName, html, 'text/html;charset=utf-8');
  return 'saved';
}

/** Saves a Blob (a picture) as a file named `name`. */
export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
