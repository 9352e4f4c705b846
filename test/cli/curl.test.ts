import { describe, expect, it } from 'vitest';
import { createWorld } from '../../src/model/world/world';
import { createShell, type Shell } from '../../src/model/cli/shell/shell';
import { streamText, type CommandRecord } from '../../src/model/cli/shell/command-record';
import { NGINX_INDEX, HTTPD_INDEX } from '../../src/model/engine/http/web-pages';

const out = (r: CommandRecord) => streamText(r, 'stdout');
const err = (r: CommandRecord) => streamText(r, 'stderr');

/** A fresh host shell that has run `setup`, each line expected to succeed. */
function host(...setup: string[]): Shell {
  const shell = createShell({ world: createWorld({ seed: 1 }) });
  for (const line of setup) expect(shell.run(line).exitCode, line).toBe(0);
  return shell;
}

const tty = { tty: true, cols: 120 };
const REFUSED = "curl: (7) Failed to connect to localhost port 8081 after 0 ms: Couldn't connect to server\n";

describe('curl on the host reaches published ports', () => {
  it("curl localhost:8080 after run -p 8080:80 nginx prints nginx 1.29.0's welcome page byte for byte", () => {
    const shell = host('docker run -d --name web -p 8080:80 nginx');
    for (const url of ['localhost:8080', 'http://localhost:8080/', '127.0.0.1:8080']) {
      const r = shell.run(`curl ${url}`, tty);
      expect(r.exitCode).toBe(0);
      expect(out(r)).toBe(NGINX_INDEX);
      expect(err(r)).toBe('');
    }
    expect(NGINX_INDEX.length).toBe(615);
  });

  it('logs each access in the main format from the bridge gateway, and a 404 in the error log', () => {
    const shell = host('docker run -d --name web -p 8080:80 nginx');
    shell.run('curl -s localhost:8080', tty);
    const missing = shell.run('curl -s localhost:8080/nope', tty);
    expect(out(missing)).toContain('<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx/1.29.0</center>');
    const logs = out(shell.run('docker logs web 2>&1'));
    const stamp = String.raw`\[\d\d/\w{3}/\d{4}:\d\d:\d\d:\d\d \+0000\]`;
    expect(logs).toMatch(
      new RegExp(String.raw`^172\.17\.0\.1 - - ${stamp} "GET / HTTP/1\.1" 200 615 "-" "curl/8\.5\.0" "-"$`, 'm'),
    );
    expect(logs).toContain(
      '[error] 29#29: *2 open() "/usr/share/nginx/html/nope" failed (2: No such file or directory), ' +
        'client: 172.17.0.1, server: localhost, request: "GET /nope HTTP/1.1", host: "localhost:8080"\n',
    );
    expect(logs).toContain('"GET /nope HTTP/1.1" 404 153 "-" "curl/8.5.0" "-"');
  });

  it('curl -I prints the status line and headers with CRLF; the access log counts no body', () => {
    const shell = host('docker run -d --name web -p 8080:80 nginx');
    const r = shell.run('curl -I localhost:8080', tty);
    expect(out(r)).toMatch(/^HTTP\/1\.1 200 OK\r\nServer: nginx\/1\.29\.0\r\nDate: .* GMT\r\n/);
    expect(out(r)).toContain('\r\nContent-Type: text/html\r\nContent-Length: 615\r\n');
    expect(out(r).endsWith('Accept-Ranges: bytes\r\n\r\n')).toBe(true);
    expect(out(shell.run('docker logs web'))).toContain('"HEAD / HTTP/1.1" 200 0 "-"');
  });

  it('a port nothing publishes is refused with exit 7; -s hides the message but not the code', () => {
    const shell = host('docker run -d --name web -p 8080:80 nginx');
    const r = shell.run('curl localhost:8081', tty);
    expect(r.exitCode).toBe(7);
    expect(err(r)).toBe(REFUSED);
    const quiet = shell.run('curl -s localhost:8081', tty);
    expect([quiet.exitCode, err(quiet)]).toEqual([7, '']);
    expect(err(shell.run('curl -sS localhost:8081', tty))).toBe(REFUSED);
  });

  it('a stopped container no longer answers: connection refused', () => {
    const shell = host('docker run -d --name web -p 8081:80 nginx', 'docker stop web');
    const r = shell.run('curl localhost:8081', tty);
    expect([r.exitCode, err(r)]).toEqual([7, REFUSED]);
  });

  it('curl -v shows both tries of a refused localhost, ::1 first, then closes', () => {
    const r = host().run('curl -v localhost:8081', tty);
    const lines = err(r).split('\n');
    expect(lines[0]).toBe('*   Trying [::1]:8081...');
    expect(lines[1]).toMatch(/^\* connect to ::1 port 8081 from ::1 port \d+ failed: Connection refused$/);
    expect(lines[2]).toBe('*   Trying 127.0.0.1:8081...');
    expect(lines.slice(4)).toEqual([
      "* Failed to connect to localhost port 8081 after 0 ms: Couldn't connect to server",
      '* Closing connection',
      REFUSED.trimEnd(),
      '',
    ]);
  });

  it('a published port the server does not listen on is reset by docker-proxy (exit 56)', () => {
    const r = host('docker run -d -p 8080:8080 nginx').run('curl localhost:8080', tty);
    expect([r.exitCode, err(r)]).toEqual([56, 'curl: (56) Recv failure: Connection reset by peer\n']);
  });

  it('serves the index.html a container wrote into a bind-mounted document root', () => {
    const shell = host(
      'docker run --rm -v /srv/site:/out alpine sh -c "echo \'<h1>Halo dari Pelabuhan</h1>\' > /out/index.html"',
      'docker run -d --name site -p 8080:80 -v /srv/site:/usr/share/nginx/html nginx',
    );
    expect(out(shell.run('curl -s localhost:8080', tty))).toBe('<h1>Halo dari Pelabuhan</h1>\n');
  });

  it('an empty bind-mounted document root hides the image page: 403 and nginx says why', () => {
    const shell = host('docker run -d --name site -p 8080:80 -v /srv/empty:/usr/share/nginx/html nginx');
    expect(out(shell.run('curl -s localhost:8080', tty))).toContain('<title>403 Forbidden</title>');
    expect(out(shell.run('docker logs site 2>&1'))).toContain(
      '*1 directory index of "/usr/share/nginx/html/" is forbidden, client: 172.17.0.1',
    );
  });

  it('httpd answers It works! and logs in the common format', () => {
    const shell = host('docker run -d --name apache -p 8080:80 httpd');
    const r = shell.run('curl localhost:8080', tty);
    expect(out(r)).toBe(HTTPD_INDEX);
    expect(out(shell.run('docker logs apache'))).toMatch(/"GET \/ HTTP\/1\.1" 200 45$/m);
    expect(out(shell.run('curl -sI localhost:8080', tty))).toContain('ETag: "2d-432a5e4a73a80"\r\n');
  });

  it('a pipe gets the progress meter on stderr; -f turns a 404 into exit 22', () => {
    const shell = host('docker run -d -p 8080:80 nginx');
    const piped = shell.run('curl localhost:8080');
    expect(err(piped)).toContain('  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n');
    // As curl prints it into a pipe when the connection fails: the meter's zeros, then the error.
    const zeros = '  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0';
    expect(err(shell.run('curl localhost:8081')).endsWith(`\r${zeros}\r${zeros}\n${REFUSED}`)).toBe(true);
    const failed = shell.run('curl -f localhost:8080/x', tty);
    expect([failed.exitCode, err(failed), out(failed)]).toEqual([
      22,
      'curl: (22) The requested URL returned error: 404\n',
      '',
    ]);
  });

  it('wordpress with its database redirects to the installer; -L follows it', () => {
    const shell = host(
      'docker network create wp',
      'docker run -d --name mysql --network wp -e MYSQL_ROOT_PASSWORD=secret mysql',
      'docker run -d --name blog --network wp -p 8080:80 wordpress',
    );
    const r = shell.run('curl -sI localhost:8080', tty);
    expect(out(r)).toMatch(/^HTTP\/1\.1 302 Found\r\n/);
    expect(out(r)).toContain('Location: http://localhost:8080/wp-admin/install.php\r\n');
    expect(out(r)).toContain('X-Redirect-By: WordPress\r\n');
    expect(out(shell.run('curl -sL localhost:8080', tty))).toContain('WordPress &rsaquo; Installation');
  });

  it('mongo-express asks for basic authentication; admin:pass gets in', () => {
    const shell = host(
      'docker network create mongo-net',
      'docker run -d --name mongo --network mongo-net mongo',
      'docker run -d --network mongo-net -e ME_CONFIG_MONGODB_SERVER=mongo -p 8081:8081 mongo-express',
    );
    const denied = shell.run('curl -i localhost:8081', tty);
    expect(out(denied)).toMatch(/^HTTP\/1\.1 401 Unauthorized\r\n/);
    expect(out(denied).endsWith('\r\n\r\nUnauthorized')).toBe(true);
    expect(out(shell.run('curl -s -u admin:pass localhost:8081', tty))).toContain('Home - Mongo Express');
  });

  it('servers that do not speak HTTP: redis (HTTP/0.9, and it logs an attack), mongod (its sentence)', () => {
    const shell = host('docker run -d --name cache -p 6379:6379 redis', 'docker run -d -p 27017:27017 mongo');
    const r = shell.run('curl localhost:6379', tty);
    expect([r.exitCode, err(r)]).toEqual([1, 'curl: (1) Received HTTP/0.9 when not allowed\n']);
    expect(out(shell.run('docker logs cache'))).toContain('# Possible SECURITY ATTACK detected.');
    expect(out(shell.run('curl -s localhost:27017', tty))).toBe(
      'It looks like you are trying to access MongoDB over HTTP on the native driver port.\n',
    );
  });

  it("curl's own usage errors and names it cannot resolve", () => {
    const shell = host();
    const bare = shell.run('curl', tty);
    expect([bare.exitCode, err(bare)]).toEqual([
      2,
      "curl: try 'curl --help' or 'curl --manual' for more information\n",
    ]);
    const unknown = shell.run('curl --frobnicate localhost', tty);
    expect([unknown.exitCode, err(unknown)]).toEqual([
      2,
      "curl: option --frobnicate: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\n",
    ]);
    const name = shell.run('curl web:80', tty);
    expect([name.exitCode, err(name)]).toEqual([6, 'curl: (6) Could not resolve host: web\n']);
  });

  it("a paused container's server cannot answer: the simulator says so and the line stops as Ctrl+C would", () => {
    const shell = host('docker run -d --name web -p 8080:80 nginx', 'docker pause web');
    const r = shell.run('curl localhost:8080', tty);
    expect(r.exitCode).toBe(130);
    expect(err(r)).toContain('pelabuhan: the container is paused');
  });

  it('the host reaches a container at its bridge address without any published port', () => {
    const shell = host('docker run -d --name web nginx');
    const ip = out(
      shell.run("docker inspect -f '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' web"),
    ).trim();
    expect(out(shell.run(`curl -s ${ip}`, tty))).toBe(NGINX_INDEX);
    expect(shell.run(`curl -s ${ip}:8080`, tty).exitCode).toBe(7);
  });
});
