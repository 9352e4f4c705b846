/** Registers the service worker that keeps the built page working offline after the first visit. */

/** Registers `sw.js` next to the page (so it also works from a subfolder); failures are ignored. */
export function registerOffline(): void {
  if (!('serviceWorker' in navigator) || !isSecureContext) return;
  navigator.serviceWorker.register(new URL('sw.js', document.baseURI), { scope: './' }).catch(() => {
    // No offline support (e.g. a file:// URL or a host without HTTPS): the page still works online.
  });
}
