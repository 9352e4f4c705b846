import { describe, expect, it } from 'vitest';
import { createWorld } from '../../src/model/world/world';
import { createShell } from '../../src/model/cli/shell/shell';
import { recordText, streamText } from '../../src/model/cli/shell/command-record';
import { hostLocalFiles } from '../../src/model/cli/client/host-local-files';
import {
  configPath,
  encodeRegistryAuth,
  eraseAuth,
  getAuth,
  storeAuth,
} from '../../src/model/cli/client/docker-config';
import type { LocalFiles } from '../../src/model/cli/client/local-files';
import { base64Decode } from '../../src/model/kernel/base64';
import { parseScripts } from '../../src/model/transcript/script-format';
import { runScriptWithSimulator } from '../../tools/sim';

const WARNING =
  "\nWARNING! Your credentials are stored unencrypted in '/home/user/.docker/config.json'.\n" +
  'Configure a credential helper to remove this warning. See\n' +
  'https://docs.docker.com/go/credential-store/\n\n';
const TTY = { tty: true, cols: 80 };
const HUB_401 =
  'Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password\n';

function fresh() {
  const world = createWorld({ seed: 1 });
  const shell = createShell({ world });
  const config = () => hostLocalFiles(world).read('/home/user/.docker/config.json');
  return { world, shell, config };
}

describe('docker login', () => {
  it.each([
    [
      'docker login -u x -p y --password-stdin',
      'conflicting options: cannot specify both --password and --password-stdin',
    ],
    ['docker login --password-stdin', 'the --password-stdin option requires --username to be set'],
    ['docker login -u "" -p y', 'username is empty'],
    ['docker login -u x -p ""', 'password is empty'],
    ['docker login -u student', 'Error: Cannot perform an interactive login from a non TTY device'],
    ['docker login a b', "docker: 'docker login' requires at most 1 argument"],
  ])('%s', (line, error) => {
    const { shell, config } = fresh();
    const r = shell.run(line);
    expect(r.exitCode).toBe(1);
    expect(streamText(r, 'stderr').split('\n')[0]).toBe(error);
    expect(config()).toBeUndefined();
  });

  it('-p warns, and a wrong password is the daemon’s 401 with Hub’s words; nothing is stored', () => {
    const { shell, config } = fresh();
    const r = shell.run('docker login -u student -p wrong');
    expect(recordText(r)).toBe('WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n' + HUB_401);
    expect(r.exitCode).toBe(1);
    expect(r.exchanges.find((e) => e.path === '/auth')?.status).toBe(401);
    expect(config()).toBeUndefined();
  });

  it('stores the login base64 in config.json, warns once, and says Login Succeeded', () => {
    const { shell, config } = fresh();
    const r = shell.run('echo pelabuhan-hub | docker login -u student --password-stdin');
    expect(streamText(r, 'stderr')).toBe(WARNING);
    expect(streamText(r, 'stdout')).toBe('Login Succeeded\n');
    expect(config()).toBe(
      '{\n\t"auths": {\n\t\t"https://index.docker.io/v1/": {\n' +
        '\t\t\t"auth": "c3R1ZGVudDpwZWxhYnVoYW4taHVi"\n\t\t}\n\t}\n}',
    );
    // The same credentials again: the file store writes nothing, so no warning.
    expect(recordText(shell.run('echo pelabuhan-hub | docker login -u student --password-stdin'))).toBe(
      'Login Succeeded\n',
    );
  });

  it('with stored credentials and no flags, tries them first', () => {
    const { shell } = fresh();
    shell.run('docker login -u student -p ghp_pelabuhan ghcr.io');
    const r = shell.run('docker login ghcr.io');
    expect(streamText(r, 'stderr')).toBe(
      'Authenticating with existing credentials... [Username: student]\n' +
        "\n Info -> To login with a different account, run 'docker logout' followed by 'docker login'\n\n\n",
    );
    expect(streamText(r, 'stdout')).toBe('Login Succeeded\n');
    expect(r.exitCode).toBe(0);
  });

  it('prompts in a terminal: Username echoed, Password not, then logs in', () => {
    const { shell, config } = fresh();
    const r = shell.run('docker login ghcr.io', TTY);
    expect(recordText(r)).toBe('Username: ');
    expect(r.attached).toMatchObject({ readsInput: true, rawInput: false });
    const user = shell.input('student\n', TTY)!;
    expect(recordText(user)).toBe('Password: ');
    expect(user.attached).toMatchObject({ readsInput: true, rawInput: true });
    // Keys arrive raw and nothing is echoed; backspace edits.
    const typing = shell.input('ghp_pelabuhanx\x7f', TTY)!;
    expect(recordText(typing)).toBe('');
    const done = shell.input('\r', TTY)!;
    expect(recordText(done)).toBe(`\n${WARNING}Login Succeeded\n`);
    expect(done.exitCode).toBe(0);
    expect(config()).toContain('"ghcr.io"');
  });

  it('Docker Hub in a terminal: web login cannot start here, so the command line prompts with Hub’s hints', () => {
    const { shell } = fresh();
    const r = shell.run('docker login', TTY);
    expect(recordText(r)).toBe(
      'Failed to start web-based login - falling back to command line login...\n\n' +
        'Log in with your Docker ID or email address to push and pull images from Docker Hub. ' +
        "If you don't have a Docker ID, head over to https://hub.docker.com/ to create one.\n" +
        'You can log in with your password or a Personal Access Token (PAT). Using a limited-scope PAT grants ' +
        'better security and is required for organizations using SSO. Learn more at ' +
        'https://docs.docker.com/go/access-tokens/\n\nUsername: ',
    );
    const user = shell.input('student\n', TTY)!;
    expect(streamText(user, 'stderr')).toContain('A Personal Access Token (PAT) can be used instead.');
    expect(streamText(user, 'stdout')).toBe('Password: ');
    const wrong = shell.input('nope\r', TTY)!;
    expect(recordText(wrong)).toBe(`\n${HUB_401}`);
    expect(wrong.exitCode).toBe(1);
  });

  it('an empty username is refused; Ctrl+C at a prompt writes a newline and ends quietly', () => {
    const { shell } = fresh();
    shell.run('docker login ghcr.io', TTY);
    const empty = shell.input('\n', TTY)!;
    expect(recordText(empty)).toBe('Error: Non-null Username Required\n');
    expect(empty.exitCode).toBe(1);
    shell.run('docker login ghcr.io', TTY);
    const cancelled = shell.interrupt(TTY)!;
    expect(recordText(cancelled)).toBe('\n');
    expect(cancelled.exitCode).toBe(0);
  });

  it('an unknown registry cannot be reached, and ECR answers a bad token with 400', () => {
    const { shell } = fresh();
    expect(streamText(shell.run('echo b | docker login -u a --password-stdin nowhere.example.com'), 'stderr')).toBe(
      'Error response from daemon: Get "https://nowhere.example.com/v2/": dial tcp: lookup nowhere.example.com on ' +
        '127.0.0.53:53: no such host\n',
    );
    const ecr = '123456789012.dkr.ecr.ap-southeast-3.amazonaws.com';
    expect(streamText(shell.run(`echo bad | docker login -u AWS --password-stdin ${ecr}`), 'stderr')).toBe(
      `Error response from daemon: login attempt to https://${ecr}/v2/ failed with status: 400 Bad Request\n`,
    );
  });
});

describe('docker logout', () => {
  it('removes the stored login, and says so even when there was none', () => {
    const { shell, config } = fresh();
    shell.run('echo pelabuhan-hub | docker login -u student --password-stdin');
    shell.run('echo ghp_pelabuhan | docker login -u student --password-stdin ghcr.io');
    expect(recordText(shell.run('docker logout'))).toBe('Removing login credentials for https://index.docker.io/v1/\n');
    expect(config()).not.toContain('index.docker.io');
    expect(recordText(shell.run('docker logout https://ghcr.io/'))).toBe('Removing login credentials for ghcr.io\n');
    expect(config()).toBe('{\n\t"auths": {}\n}');
    expect(recordText(shell.run('docker logout quay.io'))).toBe('Removing login credentials for quay.io\n');
  });
});

describe('config.json (docker/cli configfile, file credential store)', () => {
  function memoryFiles(): LocalFiles {
    const files = new Map<string, string>();
    return {
      read: (p) => files.get(p),
      isDirectory: () => true,
      list: () => [],
      write: (p, c) => void files.set(p, c),
      mkdir: () => undefined,
      remove: (p) => void files.delete(p),
    };
  }

  it('lives in $DOCKER_CONFIG when set, else ~/.docker', () => {
    expect(configPath({ env: {}, cwd: '/home/user' })).toBe('/home/user/.docker/config.json');
    expect(configPath({ env: { DOCKER_CONFIG: '/tmp/cfg' }, cwd: '/home/user' })).toBe('/tmp/cfg/config.json');
    expect(configPath({ env: { DOCKER_CONFIG: 'cfg' }, cwd: '/work' })).toBe('/work/cfg/config.json');
  });

  it('stores, finds by host name, keeps other settings, and erases', () => {
    const files = memoryFiles();
    const local = { files, env: { DOCKER_CONFIG: '/tmp/cfg' }, cwd: '/' };
    files.write('/tmp/cfg/config.json', '{"auths":{"https://ghcr.io/v2/":{"auth":"dTpw"}},"detachKeys":"ctrl-x"}');
    expect(getAuth(local, 'ghcr.io')).toEqual({ username: 'u', password: 'p', serveraddress: 'https://ghcr.io/v2/' });
    expect(storeAuth(local, { username: 'a', password: 'b', serveraddress: 'gcr.io' })).toBe(true);
    expect(storeAuth(local, { username: 'a', password: 'b', serveraddress: 'gcr.io' })).toBe(false);
    expect(JSON.parse(files.read('/tmp/cfg/config.json')!)).toEqual({
      auths: { 'https://ghcr.io/v2/': { auth: 'dTpw' }, 'gcr.io': { auth: 'YTpi' } },
      detachKeys: 'ctrl-x',
    });
    eraseAuth(local, 'gcr.io');
    expect(getAuth(local, 'gcr.io')).toBeUndefined();
  });

  it('X-Registry-Auth is base64url JSON, {} when not logged in', () => {
    expect(encodeRegistryAuth(undefined)).toBe('e30=');
    const encoded = encodeRegistryAuth({ username: 'student', password: 'p?>', serveraddress: 'ghcr.io' });
    expect(encoded).not.toMatch(/[+/]/);
    expect(JSON.parse(base64Decode(encoded)!)).toEqual({
      username: 'student',
      password: 'p?>',
      serveraddress: 'ghcr.io',
    });
  });
});

describe('npm run sim types the prompts’ answers', () => {
  it('echoes the username, not the password', () => {
    const script = parseScripts('### L login prompt\n#tty 80 docker login ghcr.io\nstudent\nghp_pelabuhan\n')
      .scripts[0];
    const [login] = runScriptWithSimulator(script, '1');
    expect(login.output.startsWith('Username: student\nPassword: \n')).toBe(true);
    expect(login.output).toContain('Login Succeeded');
    expect(login.output).not.toContain('ghp_pelabuhan');
    expect(login.exitCode).toBe(0);
  });
});
