// The build session of build-transcript.test.ts: the shell, the client and the engine's builder over
// one world, a Dockerfile and its context on the client's machine.
import { createWorld } from '../../src/model/world/world';
import { createShell } from '../../src/model/cli/shell/shell';
import { recordText } from '../../src/model/cli/shell/command-record';
import { hostLocalFiles } from '../../src/model/cli/client/host-local-files';

/** Runs the session; each line is `$ command`, its merged output, and its exit status. */
export function buildSession(): string {
  const world = createWorld({ seed: 1 });
  const files = hostLocalFiles(world);
  files.write(
    '/home/user/app/Dockerfile',
    'FROM alpine\nWORKDIR /srv\nCOPY index.html .\nRUN echo hi > /f\nCMD cat /f\n',
  );
  files.write('/home/user/app/index.html', '<h1>hello</h1>\n');
  files.write('/home/user/app/notes.md', 'not sent\n');
  files.write('/home/user/app/.dockerignore', '*.md\n');
  const shell = createShell({ world });
  let out = '';
  const run = (line: string): void => {
    const r = shell.run(line);
    out += `$ ${line}\n${recordText(r)}[exit ${r.exitCode}]\n`;
  };
  run('docker build');
  run('docker build -t hello nowhere');
  run('docker build --progress=plain -t hello app');
  run('docker run --rm hello');
  run('docker build --progress=plain -t hello app');
  // An edit to a copied file invalidates COPY and every step after it, not the ones before.
  files.write('/home/user/app/index.html', '<h1>hello again</h1>\n');
  run('docker build --progress=plain -t hello app');
  run('docker history hello');
  run('docker builder prune -af');
  return out;
}
