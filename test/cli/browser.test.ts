import { describe, expect, it } from 'vitest';
import { createWorld } from '../../src/model/world/world';
import { createShell } from '../../src/model/cli/shell/shell';
import { createInProcessTransport } from '../../src/model/cli/client/in-process-transport';
import { normalizeAddress, openPage } from '../../src/model/cli/host/browser';
import { streamText } from '../../src/model/cli/shell/command-record';
import { NGINX_INDEX } from '../../src/model/engine/http/web-pages';

/** A world where `setup` ran, and the host's browser on it. */
function browserAfter(...setup: string[]) {
  const shell = createShell({ world: createWorld({ seed: 1 }) });
  for (const line of setup) expect(shell.run(line).exitCode, line).toBe(0);
  const transport = createInProcessTransport(shell.world);
  return { shell, open: (address: string) => openPage(transport, address) };
}

describe("the host's browser (the page's pane)", () => {
  it('reads an address as Chromium does', () => {
    expect(normalizeAddress('localhost:8080')).toBe('http://localhost:8080/');
    expect(normalizeAddress(' http://localhost:8080 ')).toBe('http://localhost:8080/');
    expect(normalizeAddress('http://localhost:8080/a?b')).toBe('http://localhost:8080/a?b');
    expect(normalizeAddress('ftp://localhost')).toBe('ftp://localhost');
  });

  it("opens nginx's welcome page, then asks for /favicon.ico with the page as Referer, as nginx logs", () => {
    const { shell, open } = browserAfter('docker run -d --name web -p 8080:80 nginx');
    const page = open('http://localhost:8080');
    expect(page).toMatchObject({ kind: 'page', url: 'http://localhost:8080/', status: 200, contentType: 'text/html' });
    expect(page.kind === 'page' && page.body).toBe(NGINX_INDEX);
    const logs =
      streamText(shell.run('docker logs web'), 'stdout') + streamText(shell.run('docker logs web'), 'stderr');
    expect(logs).toContain('"GET / HTTP/1.1" 200 615 "-" "Mozilla/5.0 (X11; Linux x86_64)');
    expect(logs).toContain('"GET /favicon.ico HTTP/1.1" 404 153 "http://localhost:8080/" "Mozilla/5.0');
    expect(logs).toContain(
      'open() "/usr/share/nginx/html/favicon.ico" failed (2: No such file or directory), client: 172.17.0.1, ' +
        'server: localhost, request: "GET /favicon.ico HTTP/1.1", host: "localhost:8080", ' +
        'referrer: "http://localhost:8080/"',
    );
  });

  it('a port nothing publishes is ERR_CONNECTION_REFUSED; a stopped container too', () => {
    const { shell, open } = browserAfter('docker run -d --name web -p 8080:80 nginx');
    expect(open('localhost:8081')).toEqual({
      kind: 'error',
      url: 'http://localhost:8081/',
      host: 'localhost',
      error: 'ERR_CONNECTION_REFUSED',
    });
    shell.run('docker stop web');
    expect(open('localhost:8080')).toMatchObject({ kind: 'error', error: 'ERR_CONNECTION_REFUSED' });
  });

  it('follows wordpress to its installer, and names what it cannot reach', () => {
    const { open } = browserAfter(
      'docker network create wp',
      'docker run -d --name mysql --network wp -e MYSQL_ROOT_PASSWORD=secret mysql',
      'docker run -d --network wp -p 8080:80 wordpress',
    );
    expect(open('localhost:8080')).toMatchObject({ kind: 'page', url: 'http://localhost:8080/wp-admin/install.php' });
    expect(open('web:8080')).toMatchObject({ kind: 'error', error: 'ERR_NAME_NOT_RESOLVED', host: 'web' });
    expect(open('ftp://localhost/')).toMatchObject({ kind: 'error', error: 'ERR_UNKNOWN_URL_SCHEME' });
  });

  it('sends credentials from the address to mongo-express; a paused container keeps the tab waiting', () => {
    const { shell, open } = browserAfter(
      'docker network create m',
      'docker run -d --name mongo --network m mongo',
      'docker run -d --name me --network m -e ME_CONFIG_MONGODB_SERVER=mongo -p 8081:8081 mongo-express',
    );
    expect(open('localhost:8081')).toMatchObject({ kind: 'page', status: 401, body: 'Unauthorized' });
    expect(open('http://admin:pass@localhost:8081/')).toMatchObject({ kind: 'page', status: 200 });
    shell.run('docker pause me');
    expect(open('localhost:8081')).toMatchObject({ kind: 'waiting', host: 'localhost' });
  });
});
