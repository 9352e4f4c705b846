// docker compose v2 in our client (the real docker 28.2.2 here has no compose plugin: it answers
// `docker compose up -d` with "unknown shorthand flag: 'd' in -d", so these transcripts are ours only).
import { describe, expect, it } from 'vitest';
import { createWorld } from '../../src/model/world/world';
import { createShell, type Shell } from '../../src/model/cli/shell/shell';
import { recordText, streamText, type CommandRecord } from '../../src/model/cli/shell/command-record';
import { hostLocalFiles } from '../../src/model/cli/client/host-local-files';

const out = (r: CommandRecord) => streamText(r, 'stdout');
const err = (r: CommandRecord) => streamText(r, 'stderr');

/** The course's example as one compose file: mongodb with a volume, mongo-express on 8081. */
const COURSE = `services:
  mongodb:
    image: mongo
    environment:
      MONGO_INITDB_ROOT_USERNAME: admin
      MONGO_INITDB_ROOT_PASSWORD: secret
    volumes:
      - mongo-data:/data/db
  mongo-express:
    image: mongo-express
    restart: always
    ports:
      - 8081:8081
    environment:
      - ME_CONFIG_MONGODB_URL=mongodb://admin:secret@mongodb:27017/
    depends_on:
      - mongodb
volumes:
  mongo-data:
`;

/** A host shell whose machine has `files` (paths relative to /home/user), images already pulled. */
function host(files: Record<string, string>, pulled = ['mongo', 'mongo-express']): Shell {
  const world = createWorld({ seed: 1 });
  const local = hostLocalFiles(world);
  for (const [path, text] of Object.entries(files)) local.write(`/home/user/${path}`, text);
  const shell = createShell({ world });
  for (const image of pulled) expect(shell.run(`docker pull -q ${image}`).exitCode).toBe(0);
  return shell;
}

const state = (shell: Shell) => ({
  containers: out(shell.run('docker ps -a --format "{{.Names}} {{.State}}"')),
  networks: out(shell.run('docker network ls --format "{{.Name}}"')),
  volumes: out(shell.run('docker volume ls --format "{{.Name}}"')),
});

describe('docker compose up -d', () => {
  it('creates the network, the volume and the containers, dependencies first, with plain progress on a pipe', () => {
    const shell = host({ 'compose.yaml': COURSE });
    const r = shell.run('docker compose up -d');
    expect(r.exitCode).toBe(0);
    expect(out(r)).toBe('');
    expect(err(r)).toBe(
      [
        ' Network user_default  Creating',
        ' Network user_default  Created',
        ' Volume "user_mongo-data"  Creating',
        ' Volume "user_mongo-data"  Created',
        ' Container user-mongodb-1  Creating',
        ' Container user-mongodb-1  Created',
        ' Container user-mongo-express-1  Creating',
        ' Container user-mongo-express-1  Created',
        ' Container user-mongodb-1  Starting',
        ' Container user-mongodb-1  Started',
        ' Container user-mongo-express-1  Starting',
        ' Container user-mongo-express-1  Started',
        '',
      ].join('\n'),
    );
    const after = state(shell);
    expect(after.containers).toBe('user-mongo-express-1 running\nuser-mongodb-1 running\n');
    expect(after.networks).toBe('bridge\nhost\nnone\nuser_default\n');
    // The named volume, and the anonymous one of the mongo image's VOLUME /data/configdb.
    expect(after.volumes).toMatch(/^[0-9a-f]{64}\nuser_mongo-data\n$/);
    const labels = out(shell.run('docker inspect -f "{{json .Config.Labels}}" user-mongo-express-1'));
    expect(JSON.parse(labels)).toMatchObject({
      'com.docker.compose.project': 'user',
      'com.docker.compose.service': 'mongo-express',
      'com.docker.compose.container-number': '1',
      'com.docker.compose.oneoff': 'False',
      'com.docker.compose.depends_on': 'mongodb:service_started:false',
      'com.docker.compose.project.config_files': '/home/user/compose.yaml',
      'com.docker.compose.project.working_dir': '/home/user',
      'com.docker.compose.version': '2.36.2',
    });
  });

  it('a second up finds everything there: Running, nothing created', () => {
    const shell = host({ 'compose.yaml': COURSE });
    shell.run('docker compose up -d');
    const again = shell.run('docker compose up -d');
    expect(err(again)).toBe(' Container user-mongodb-1  Running\n Container user-mongo-express-1  Running\n');
  });

  it('pulls a missing image with compose events: the service, its layers under it, Pulled', () => {
    const shell = host({ 'compose.yaml': 'services:\n  web:\n    image: nginx\n    ports: ["8080:80"]\n' }, []);
    const r = shell.run('docker compose up -d');
    expect(r.exitCode).toBe(0);
    const lines = err(r).split('\n');
    expect(lines[0]).toBe(' web Pulling ');
    expect(lines).toContain(' web Pulled ');
    expect(lines.some((l) => /^ [0-9a-f]{12} Pulling fs layer $/.test(l))).toBe(true);
    expect(lines.some((l) => /^ [0-9a-f]{12} Pull complete $/.test(l))).toBe(true);
    expect(lines.indexOf(' web Pulled ')).toBeLessThan(lines.indexOf(' Network user_default  Creating'));
    expect(out(shell.run('curl -s localhost:8080'))).toContain('Welcome to nginx!');
  });

  it('on a terminal draws the live block [+] Running n/m, redrawn in place, on stderr', () => {
    const shell = host({ 'compose.yaml': COURSE });
    const r = shell.run('docker compose up -d', { tty: true, cols: 100 });
    const text = err(r);
    expect(text.startsWith('\x1b[1A\x1b[1B\x1b[0G\x1b[?25l[+] Running ')).toBe(true);
    const last = text.slice(text.lastIndexOf('[+] Running'));
    expect(last.split('\n')[0]).toBe('[+] Running 4/4');
    expect(last).toContain(' \x1b[32m✔\x1b[0m Network user_default           \x1b[32mCreated\x1b[0m');
    expect(last).toContain(' \x1b[32m✔\x1b[0m Container user-mongo-express-1 \x1b[32mStarted\x1b[0m');
    // Each line is padded to the terminal's width with the timer at the right.
    const line = last.split('\n')[1];
    expect(line.replace(/\x1b\[[0-9;]*m/g, '').length).toBe(100);
    expect(line.endsWith('\x1b[34m0.0s \x1b[0m')).toBe(true);
    expect(text.endsWith('\x1b[?25h')).toBe(true);
  });

  it('--progress plain on a terminal prints the plain lines; --progress quiet nothing', () => {
    const shell = host({ 'compose.yaml': 'services:\n  web:\n    image: nginx\n' }, ['nginx']);
    const plain = shell.run('docker compose --progress plain up -d', { tty: true, cols: 100 });
    expect(err(plain)).toBe(
      ' Network user_default  Creating\n Network user_default  Created\n' +
        ' Container user-web-1  Creating\n Container user-web-1  Created\n' +
        ' Container user-web-1  Starting\n Container user-web-1  Started\n',
    );
    expect(recordText(shell.run('docker compose --progress quiet down'))).toBe('');
    expect(state(shell).containers).toBe('');
  });

  it('on a terminal a pull shows its layers under the service, redrawn as virtual time passes', () => {
    const shell = host({ 'compose.yaml': 'services:\n  web:\n    image: nginx\n' }, []);
    const r = shell.run('docker compose up -d', { tty: true, cols: 100 });
    const frames = err(r).split('\x1b[?25l').slice(1);
    expect(frames.length).toBeGreaterThan(5);
    expect(new Set(r.chunks.map((c) => c.at)).size).toBeGreaterThan(5);
    const last = frames[frames.length - 1];
    expect(last.startsWith('[+] Running 10/10\n \x1b[32m✔\x1b[0m web Pulled ')).toBe(true);
    expect(last).toMatch(/\n {3}\x1b\[32m✔\x1b\[0m [0-9a-f]{12} Pull complete /);
    expect(last).toContain(' \x1b[32m✔\x1b[0m Container user-web-1     \x1b[32mStarted\x1b[0m');
    expect(frames.some((f) => /\n {3}\x1b\[33m.\x1b\[0m [0-9a-f]{12} Downloading \[=+>/.test(f))).toBe(true);
  });

  it("the course's mongo-express finds mongodb by its service name and serves on localhost:8081", () => {
    const shell = host({ 'compose.yaml': COURSE });
    shell.run('docker compose up -d');
    shell.run('sleep 3');
    expect(out(shell.run('curl -s localhost:8081'))).toBe('Unauthorized');
    const page = shell.run('curl -s -u admin:pass localhost:8081');
    expect(page.exitCode).toBe(0);
    expect(out(page)).toContain('<title>Home - Mongo Express</title>');
    const logs = out(shell.run('docker compose logs mongo-express'));
    expect(logs).toContain('mongo-express-1 | Waiting for mongodb:27017...\n');
    expect(logs).toContain('mongo-express-1 | Mongo Express server listening at http://0.0.0.0:8081\n');
    expect(logs).not.toContain('Name does not resolve');
  });
});

describe('docker compose ps, logs, down', () => {
  it('ps lists the running containers by name: NAME IMAGE COMMAND SERVICE CREATED STATUS PORTS', () => {
    const shell = host({ 'compose.yaml': COURSE });
    shell.run('docker compose up -d');
    shell.run('sleep 2');
    expect(out(shell.run('docker compose ps'))).toBe(
      [
        'NAME                   IMAGE           COMMAND                  SERVICE         ' +
          'CREATED         STATUS         PORTS',
        'user-mongo-express-1   mongo-express   "/sbin/tini -- /dock…"   mongo-express   ' +
          '2 seconds ago   Up 2 seconds   0.0.0.0:8081->8081/tcp, [::]:8081->8081/tcp',
        'user-mongodb-1         mongo           "docker-entrypoint.s…"   mongodb         ' +
          '2 seconds ago   Up 2 seconds   27017/tcp',
        '',
      ].join('\n'),
    );
    expect(out(shell.run('docker compose ps --services'))).toBe('mongo-express\nmongodb\n');
    expect(out(shell.run('docker compose ps -q')).split('\n')[0]).toMatch(/^[0-9a-f]{64}$/);
  });

  it('logs prefixes each line with the service-number name, padded, and colours it on a terminal', () => {
    const shell = host({ 'compose.yaml': COURSE });
    shell.run('docker compose up -d');
    shell.run('sleep 2');
    const plain = out(shell.run('docker compose logs'));
    for (const line of plain.trimEnd().split('\n')) expect(line).toMatch(/^(mongodb-1      |mongo-express-1) \| /);
    const tty = out(shell.run('docker compose logs mongodb', { tty: true, cols: 100 }));
    expect(tty.startsWith('\x1b[36mmongodb-1 | \x1b[0m')).toBe(true);
  });

  it('logs -f keeps the terminal and prints as the containers write; Ctrl+C ends it', () => {
    const shell = host(
      {
        'compose.yaml':
          'services:\n  ticker:\n    image: busybox\n    command: sh -c "while true; do echo tick; sleep 1; done"\n',
      },
      ['busybox'],
    );
    shell.run('docker compose up -d');
    const r = shell.run('docker compose logs -f', { tty: true, cols: 80 });
    expect(r.attached).toBeDefined();
    const later = shell.follow(r.at + 3000, { tty: true, cols: 80 })!;
    expect(out(later)).toContain('\x1b[36mticker-1 | \x1b[0mtick\n');
    expect(shell.interrupt({ tty: true, cols: 80 }).exitCode).toBe(130);
  });

  it('down stops and removes the containers (dependants first) and the network; -v the volumes', () => {
    const shell = host({ 'compose.yaml': COURSE });
    shell.run('docker compose up -d');
    const r = shell.run('docker compose down -v');
    expect(r.exitCode).toBe(0);
    expect(err(r)).toBe(
      [
        ' Container user-mongo-express-1  Stopping',
        ' Container user-mongo-express-1  Stopped',
        ' Container user-mongo-express-1  Removing',
        ' Container user-mongo-express-1  Removed',
        ' Container user-mongodb-1  Stopping',
        ' Container user-mongodb-1  Stopped',
        ' Container user-mongodb-1  Removing',
        ' Container user-mongodb-1  Removed',
        ' Network user_default  Removing',
        ' Network user_default  Removed',
        ' Volume user_mongo-data  Removing',
        ' Volume user_mongo-data  Removed',
        '',
      ].join('\n'),
    );
    expect(state(shell)).toEqual({ containers: '', networks: 'bridge\nhost\nnone\n', volumes: '' });
  });

  it('down without -v keeps the volume; a second down warns that nothing is left', () => {
    const shell = host({ 'compose.yaml': COURSE });
    shell.run('docker compose up -d');
    shell.run('docker compose down');
    expect(state(shell).volumes).toContain('user_mongo-data\n');
    const again = shell.run('docker compose down');
    expect(again.exitCode).toBe(0);
    expect(err(again)).toMatch(
      /^time="[^"]+" level=warning msg="Warning: No resource found to remove for project \\"user\\"."\n$/,
    );
  });
});

describe('docker compose up in the foreground', () => {
  it('attaches to the services, prints their output prefixed, and stops them gracefully on Ctrl+C', () => {
    const shell = host(
      {
        'compose.yaml':
          'services:\n  ticker:\n    image: busybox\n    command: sh -c "while true; do echo tick; sleep 1; done"\n',
      },
      ['busybox'],
    );
    const r = shell.run('docker compose up');
    expect(r.attached).toBeDefined();
    expect(recordText(r)).toContain(' Container user-ticker-1  Created\nAttaching to ticker-1\n');
    expect(recordText(r)).not.toContain('Starting');
    const later = shell.follow(r.at + 2500, {})!;
    expect(out(later)).toBe('ticker-1 | tick\nticker-1 | tick\n');
    const stopped = shell.interrupt({});
    expect(stopped.exitCode).toBe(130);
    expect(err(stopped)).toContain(
      'Gracefully stopping... (press Ctrl+C again to force)\n' +
        ' Container user-ticker-1  Stopping\n Container user-ticker-1  Stopped\n',
    );
    expect(out(stopped)).toMatch(/ticker-1 exited with code 137\n$/);
    expect(state(shell).containers).toBe('user-ticker-1 exited\n');
  });
});

describe('the compose file and the project', () => {
  const invalid: Array<[string, string, string]> = [
    [
      'a YAML fault, with go-yaml words and line',
      'services:\n  web:\n    image: nginx: latest\n',
      'yaml: line 3: mapping values are not allowed in this context\n',
    ],
    [
      'a property the schema does not know',
      'services:\n  web:\n    imagee: nginx\n',
      'validating /home/user/compose.yaml: services.web Additional property imagee is not allowed\n',
    ],
    [
      'a wrong type',
      'services:\n  web:\n    image: nginx\n    ports: 8080\n',
      'validating /home/user/compose.yaml: services.web.ports must be a list\n',
    ],
    [
      'an undefined volume',
      'services:\n  web:\n    image: nginx\n    volumes:\n      - data:/data\n',
      'service "web" refers to undefined volume data: invalid compose project\n',
    ],
    [
      'an undefined network',
      'services:\n  web:\n    image: nginx\n    networks: [front]\n',
      'service "web" refers to undefined network front: invalid compose project\n',
    ],
    [
      'an undefined dependency',
      'services:\n  web:\n    image: nginx\n    depends_on: [db]\n',
      'service "web" depends on undefined service "db": invalid compose project\n',
    ],
    [
      'a service with neither image nor build',
      'services:\n  web:\n    ports: ["80:80"]\n',
      'service "web" has neither an image nor a build context specified: invalid compose project\n',
    ],
  ];
  for (const [what, yaml, message] of invalid)
    it(`${what} is compose's error, exit 1, and nothing is created`, () => {
      const shell = host({ 'compose.yaml': yaml }, []);
      const before = state(shell);
      const r = shell.run('docker compose up -d');
      expect(r.exitCode).toBe(1);
      expect(recordText(r)).toBe(message);
      expect(state(shell)).toEqual(before);
    });

  it('no file is "no configuration file provided: not found"; -f names one', () => {
    const shell = host({ 'app/stack.yml': 'services:\n  web:\n    image: nginx\n' }, ['nginx']);
    const none = shell.run('docker compose ps');
    expect([none.exitCode, recordText(none)]).toEqual([1, 'no configuration file provided: not found\n']);
    const named = shell.run('docker compose -f app/stack.yml up -d');
    expect(named.exitCode).toBe(0);
    // The project is named after the file's directory.
    expect(err(named)).toContain(' Container app-web-1  Started\n');
  });

  it('the project name comes from -p, then name:, then the directory, normalised as compose does', () => {
    const shell = host({ 'compose.yaml': 'name: My_Shop!\nservices:\n  web:\n    image: nginx\n' }, ['nginx']);
    expect(err(shell.run('docker compose up -d'))).toContain(' Container my_shop-web-1  Started\n');
    expect(err(shell.run('docker compose -p other up -d'))).toContain(' Container other-web-1  Started\n');
    const bad = shell.run('docker compose -p Other up -d');
    expect(recordText(bad)).toBe(
      'invalid project name "Other": must consist only of lowercase alphanumeric characters, hyphens, ' +
        'and underscores as well as start with a letter or number\n',
    );
  });

  it('the obsolete version attribute is a warning, not an error', () => {
    const shell = host({ 'compose.yaml': "version: '3'\nservices:\n  web:\n    image: nginx\n" }, ['nginx']);
    const r = shell.run('docker compose up -d');
    expect(r.exitCode).toBe(0);
    expect(err(r).split('\n')[0]).toMatch(
      new RegExp(
        '^time="[^"]+" level=warning msg="/home/user/compose.yaml: the attribute `version` is obsolete, ' +
          'it will be ignored, please remove it to avoid potential confusion"$',
      ),
    );
  });

  it('declared networks are <project>_<name>; services on them resolve each other by service name', () => {
    const yaml =
      'services:\n  api:\n    image: nginx\n    networks: [back]\n' +
      '  client:\n    image: busybox\n    command: sleep 3600\n    networks: [back]\nnetworks:\n  back:\n';
    const shell = host({ 'compose.yaml': yaml }, ['nginx', 'busybox']);
    expect(shell.run('docker compose up -d').exitCode).toBe(0);
    expect(state(shell).networks).toBe('bridge\nhost\nnone\nuser_back\n');
    const ping = shell.run('docker exec user-client-1 ping -c 1 api');
    expect(out(ping)).toMatch(/^PING api \(172\.\d+\.0\.2\)/);
    expect(out(ping)).toContain('1 packets transmitted, 1 packets received, 0% packet loss');
  });

  it('config prints the normalised project', () => {
    const shell = host({ 'compose.yaml': COURSE }, []);
    const text = out(shell.run('docker compose config'));
    expect(text).toContain('name: user\n');
    expect(text).toContain('  mongo-data:\n    name: user_mongo-data\n');
    expect(text).toContain('      - type: volume\n        source: mongo-data\n        target: /data/db\n');
  });
});

describe('docker compose on the command line', () => {
  it('help and unknown subcommands answer in plain words, never crash', () => {
    const shell = host({}, []);
    for (const line of [
      'docker compose',
      'docker compose --help',
      'docker compose frobnicate',
      'docker help compose',
      'docker --help compose',
    ]) {
      const r = shell.run(line);
      expect(recordText(r), line).not.toContain('internal error');
    }
    expect(recordText(shell.run('docker compose frobnicate'))).toBe(
      'pelabuhan: docker compose frobnicate is not simulated\n',
    );
    expect(recordText(shell.run('docker compose up --bogus'))).toBe('unknown flag: --bogus\n');
  });
});

describe('docker compose stop, start, restart', () => {
  it('stop goes dependants first, start dependencies first, restart each with Restarting/Started', () => {
    const shell = host({ 'compose.yaml': COURSE });
    shell.run('docker compose up -d');
    expect(err(shell.run('docker compose stop'))).toBe(
      ' Container user-mongo-express-1  Stopping\n Container user-mongo-express-1  Stopped\n' +
        ' Container user-mongodb-1  Stopping\n Container user-mongodb-1  Stopped\n',
    );
    expect(out(shell.run('docker compose ps'))).toBe(
      'NAME      IMAGE     COMMAND   SERVICE   CREATED   STATUS    PORTS\n',
    );
    expect(err(shell.run('docker compose start mongodb'))).toBe(
      ' Container user-mongodb-1  Starting\n Container user-mongodb-1  Started\n',
    );
    expect(err(shell.run('docker compose restart'))).toBe(
      ' Container user-mongodb-1  Restarting\n Container user-mongodb-1  Started\n' +
        ' Container user-mongo-express-1  Restarting\n Container user-mongo-express-1  Started\n',
    );
    expect(state(shell).containers).toBe('user-mongo-express-1 running\nuser-mongodb-1 running\n');
  });
});

describe('docker compose with build:', () => {
  const files = {
    'compose.yaml': 'services:\n  hello:\n    build: ./hello\n',
    'hello/Dockerfile': 'FROM busybox\nRUN echo hi > /greeting\nCMD ["cat", "/greeting"]\n',
  };

  it('builds the service image <project>-<service> from its context, then runs it', () => {
    const shell = host(files, ['busybox']);
    const r = shell.run('docker compose up -d');
    expect(r.exitCode).toBe(0);
    expect(
      err(r).startsWith(' Service hello  Building\n Service hello  Built\n Network user_default  Creating\n'),
    ).toBe(true);
    expect(out(shell.run('docker images --format "{{.Repository}}"'))).toContain('user-hello\n');
    shell.run('sleep 1');
    expect(out(shell.run('docker compose logs'))).toBe('hello-1 | hi\n');
    // A second up finds the image: nothing is built again; `compose build` builds it anyway.
    expect(err(shell.run('docker compose up -d'))).not.toContain('Building');
    expect(err(shell.run('docker compose build'))).toBe(' Service hello  Building\n Service hello  Built\n');
  });

  it('a Dockerfile fault fails the build with its error and creates nothing', () => {
    const shell = host({ ...files, 'hello/Dockerfile': 'FROM busybox\nRUNN echo hi\n' }, ['busybox']);
    const before = state(shell);
    const r = shell.run('docker compose up -d');
    expect(r.exitCode).toBe(1);
    expect(err(r)).toMatch(
      /^ Service hello {2}Building\n Service hello {2}Error\nfailed to solve: dockerfile parse error on line 2: /,
    );
    expect(state(shell)).toEqual(before);
  });
});

describe('docker compose env_file', () => {
  it("reads the service's env file, environment overriding it; a missing file is compose-go's error", () => {
    const yaml =
      'services:\n  box:\n    image: busybox\n    command: env\n' +
      '    env_file: app.env\n    environment:\n      B: two\n';
    const shell = host({ 'compose.yaml': yaml, 'app.env': '# settings\nA=one\nB=zero\nexport C="three"\n' }, [
      'busybox',
    ]);
    expect(shell.run('docker compose up -d').exitCode).toBe(0);
    shell.run('sleep 1');
    const env = out(shell.run('docker compose logs --no-log-prefix'));
    expect(env).toContain('A=one\n');
    expect(env).toContain('B=two\n');
    expect(env).toContain('C=three\n');
    const missing = host({ 'compose.yaml': yaml }, []);
    expect(recordText(missing.run('docker compose up -d'))).toBe(
      'env file /home/user/app.env not found: stat /home/user/app.env: no such file or directory\n',
    );
  });
});

describe('docker compose ls', () => {
  it('lists the projects on the daemon from their labels, with their states counted', () => {
    const shell = host({ 'compose.yaml': COURSE, 'shop/compose.yaml': 'services:\n  web:\n    image: nginx\n' }, [
      'mongo',
      'mongo-express',
      'nginx',
    ]);
    shell.run('docker compose up -d');
    shell.run('docker compose -f shop/compose.yaml up -d');
    shell.run('docker compose -f shop/compose.yaml stop');
    expect(out(shell.run('docker compose ls'))).toBe(
      'NAME                STATUS              CONFIG FILES\n' +
        'user                running(2)          /home/user/compose.yaml\n',
    );
    expect(out(shell.run('docker compose ls -a'))).toBe(
      'NAME                STATUS              CONFIG FILES\n' +
        'shop                exited(1)           /home/user/shop/compose.yaml\n' +
        'user                running(2)          /home/user/compose.yaml\n',
    );
  });
});
