/** Entry point of the page; the web page issue replaces this placeholder with the app shell. */
document.documentElement.dataset.ready = 'true';
