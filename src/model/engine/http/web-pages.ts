/**
 * The pages the official images' web servers send, byte for byte: nginx's welcome and error pages,
 * Apache httpd's "It works!" and its canned error documents.
 */

/** nginx's docs/html/index.html at release-1.29.0 (the deb and alpine packages install it as is). */
export const NGINX_INDEX = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`;

/** nginx's docs/html/50x.html at release-1.29.0. */
export const NGINX_50X = `<!DOCTYPE html>
<html>
<head>
<title>Error</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>An error occurred.</h1>
<p>Sorry, the page you are looking for is currently unavailable.<br/>
Please try again later.</p>
<p>If you are the system administrator of this resource then you should check
the error log for details.</p>
<p><em>Faithfully yours, nginx.</em></p>
</body>
</html>
`;

/**
 * nginx's built-in error page (src/http/ngx_http_special_response.c: ngx_http_error_<code>_page and
 * ngx_http_error_full_tail, CRLF line ends, `server_tokens on` naming the version).
 */
export function nginxErrorPage(status: string, version: string): string {
  return [
    '<html>',
    `<head><title>${status}</title></head>`,
    '<body>',
    `<center><h1>${status}</h1></center>`,
    `<hr><center>nginx/${version}</center>`,
    '</body>',
    '</html>',
    '',
  ].join('\r\n');
}

/** httpd's htdocs/index.html, which the httpd image serves from /usr/local/apache2/htdocs. */
export const HTTPD_INDEX = '<html><body><h1>It works!</h1></body></html>\n';

const APACHE_REASONS: Record<number, { title: string; text: string }> = {
  403: { title: 'Forbidden', text: "<p>You don't have permission to access this resource.</p>" },
  404: { title: 'Not Found', text: '<p>The requested URL was not found on this server.</p>' },
};

/**
 * Apache 2.4's canned error document (modules/http/http_protocol.c, get_canned_error_string), with
 * the server signature that Debian's security.conf turns on (`ServerSignature On`); the httpd
 * image keeps the default (off).
 */
export function apacheErrorPage(code: 403 | 404, signature?: string): string {
  const { title, text } = APACHE_REASONS[code];
  const reason = code === 403 ? '403 Forbidden' : '404 Not Found';
  return (
    '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n' +
    `<html><head>\n<title>${reason}</title>\n</head><body>\n<h1>${title}</h1>\n${text}\n` +
    (signature ? `<hr>\n<address>${signature}</address>\n` : '') +
    '</body></html>\n'
  );
}
