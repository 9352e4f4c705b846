/** `npm run sim`: the teacher's command line, reading a file or standard input. */

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderScripts } from '../../tools/sim';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const HANDOUT = `### H1 A handout
// notes are not printed
#hide docker pull -q nginx
docker run -d --name web -p 8080:80 nginx
#age 300
docker ps --format '{{.Names}} {{.Status}}'
docker stop web
#tty 60 docker images
`;

describe('npm run sim', () => {
  it('prints a transcript section per script, as expected.md does', () => {
    const { output, errors } = renderScripts(HANDOUT);
    expect(errors).toEqual([]);
    expect(output).toMatch(
      new RegExp(
        /^#### H1 A handout\nSetup \(output not shown\): `docker pull -q nginx`\n\n```console\n\$ /.source +
          /docker run -d --name web -p 8080:80 nginx\n[0-9a-f]{64}\n# \.\.\. 300 seconds pass \.\.\./.source +
          /\n\$ docker ps --format '\{\{\.Names\}\} \{\{\.Status\}\}'\nweb Up 5 minutes\n\$ docker s/.source +
          /top web\nweb\n\$ docker images {8}# \(TTY, 60 columns: final screen\)\nREPOSITORY {3}TAG {7}/.source +
          /IMAGE ID {7}CREATED {7}SIZE\nnginx {8}latest {4}e1c8d9cae0b9 {3}13 days ago {3}192MB\n```/.source +
          /\n$/.source,
      ),
    );
  });

  it('reads standard input with -, and reports script errors on stderr', () => {
    const run = spawnSync('npm', ['run', '--silent', 'sim', '--', '-'], {
      cwd: ROOT,
      input: `${HANDOUT}#bogus\n`,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stdout).toContain('web Up 5 minutes');
    expect(run.stderr).toContain('sim: line 9: unknown directive "#bogus"');
    expect(run.status).toBe(1);
  });
});
