import { describe, expect, it } from 'vitest';
import { createWorld } from '../../src/model/world/world';
import { createShell } from '../../src/model/cli/shell/shell';
import type { CommandRecord } from '../../src/model/cli/shell/command-record';
import { hostLocalFiles } from '../../src/model/cli/client/host-local-files';

const text = (r: Pick<CommandRecord, 'chunks'>) => r.chunks.map((c) => c.text).join('');
const fresh = () => {
  const world = createWorld({ seed: 1 });
  return { shell: createShell({ world }), files: hostLocalFiles(world) };
};

describe('the shell on the client machine files', () => {
  it('starts at HOME, changes directory with cd and keeps PWD and OLDPWD', () => {
    const { shell } = fresh();
    expect(text(shell.run('pwd'))).toBe('/home/user\n');
    expect(text(shell.run('mkdir -p app/src && cd app/src && pwd && echo $PWD'))).toBe(
      '/home/user/app/src\n/home/user/app/src\n',
    );
    expect(text(shell.run('cd ..; pwd; cd -; cd; pwd; cd ~/app; pwd'))).toBe(
      '/home/user/app\n/home/user/app/src\n/home/user\n/home/user/app\n',
    );
  });

  it('hands its directory, variables and $? to a new shell on the same world (state, as plain JSON)', () => {
    const { shell } = fresh();
    shell.run('mkdir app && cd app && export DOCKER_BUILDKIT=0 && LOCAL=1 && false');
    const state = JSON.parse(JSON.stringify(shell.state())) as ReturnType<typeof shell.state>;
    expect(state).toMatchObject({ cwd: '/home/user/app', status: 1 });
    const next = createShell({ world: shell.world, state });
    expect(text(next.run('echo $? $LOCAL $OLDPWD; pwd; export -p | head -1'))).toBe(
      '1 1 /home/user\n/home/user/app\ndeclare -x DOCKER_BUILDKIT="0"\n',
    );
    // A shell without a state is a login shell at HOME.
    expect(text(createShell({ world: shell.world }).run('pwd; echo $LOCAL'))).toBe('/home/user\n\n');
  });

  it('prints bash and coreutils errors and changes nothing', () => {
    const { shell, files } = fresh();
    shell.run('mkdir d; touch f');
    const before = JSON.stringify(files.list('/home/user'));
    expect(text(shell.run('cd nope'))).toBe('bash: cd: nope: No such file or directory\n');
    expect(text(shell.run('cd f'))).toBe('bash: cd: f: Not a directory\n');
    expect(text(shell.run('cd a b'))).toBe('bash: cd: too many arguments\n');
    expect(text(shell.run('cat x'))).toBe('cat: x: No such file or directory\n');
    expect(text(shell.run('cat d'))).toBe('cat: d: Is a directory\n');
    expect(text(shell.run('mkdir d'))).toBe('mkdir: cannot create directory \u2018d\u2019: File exists\n');
    expect(text(shell.run('mkdir a/b'))).toBe(
      'mkdir: cannot create directory \u2018a/b\u2019: No such file or directory\n',
    );
    expect(text(shell.run('rm x'))).toBe("rm: cannot remove 'x': No such file or directory\n");
    expect(text(shell.run('rm d'))).toBe("rm: cannot remove 'd': Is a directory\n");
    expect(text(shell.run('ls x'))).toBe("ls: cannot access 'x': No such file or directory\n");
    expect(shell.run('ls x').exitCode).toBe(2);
    expect(text(shell.run('cp x y; cp d e; mv x y'))).toBe(
      "cp: cannot stat 'x': No such file or directory\ncp: -r not specified; omitting directory 'd'\n" +
        "mv: cannot stat 'x': No such file or directory\n",
    );
    expect(text(shell.run('touch q/w; head x; tail x'))).toBe(
      "touch: cannot touch 'q/w': No such file or directory\n" +
        "head: cannot open 'x' for reading: No such file or directory\n" +
        "tail: cannot open 'x' for reading: No such file or directory\n",
    );
    expect(text(shell.run('rm'))).toBe("rm: missing operand\nTry 'rm --help' for more information.\n");
    expect(text(shell.run('cp f'))).toBe(
      "cp: missing destination file operand after 'f'\nTry 'cp --help' for more information.\n",
    );
    expect(text(shell.run('ls -z'))).toBe("ls: invalid option -- 'z'\nTry 'ls --help' for more information.\n");
    expect(text(shell.run('rm --bar'))).toBe(
      "rm: unrecognized option '--bar'\nTry 'rm --help' for more information.\n",
    );
    expect(text(shell.run('rm -r /'))).toBe(
      "rm: it is dangerous to operate recursively on '/'\nrm: use --no-preserve-root to override this failsafe\n",
    );
    expect(text(shell.run('mv d d/e'))).toBe("mv: cannot move 'd' to a subdirectory of itself, 'd/e'\n");
    expect(text(shell.run('echo hi > q/x; echo hi > d'))).toBe(
      'bash: q/x: No such file or directory\nbash: d: Is a directory\n',
    );
    expect(JSON.stringify(files.list('/home/user'))).toBe(before);
  });

  it('writes, appends and reads files through redirections, pipes and here-documents', () => {
    const { shell, files } = fresh();
    shell.run('echo one > notes; echo two >> notes; docker nope 2> err');
    expect(files.read('/home/user/notes')).toBe('one\ntwo\n');
    expect(files.read('/home/user/err')).toContain('docker: unknown command');
    expect(text(shell.run('cat < notes | tail -n 1; head -1 notes'))).toBe('two\none\n');
    const typed = shell.run("cat > Dockerfile <<'EOF'\nFROM alpine\nCMD echo $HOME\nEOF");
    expect(typed.exitCode).toBe(0);
    expect(files.read('/home/user/Dockerfile')).toBe('FROM alpine\nCMD echo $HOME\n');
    shell.run('cat > plain <<EOF\nhome is $HOME\nEOF');
    expect(files.read('/home/user/plain')).toBe('home is /home/user\n');
    // The page sends the line again with each new line until the delimiter comes.
    expect(shell.run('cat <<EOF\nhalf')).toMatchObject({ incomplete: true, exitCode: 2, chunks: [] });
    expect(text(shell.run('cat -n notes'))).toBe('     1\tone\n     2\ttwo\n');
  });

  it('lists as ls does: one per line into a pipe, columns on a terminal, -l and -a', () => {
    const { shell } = fresh();
    shell.run('mkdir site; echo hello > site/index.html; touch .hidden b a');
    expect(text(shell.run('ls'))).toBe('a\nb\nsite\n');
    expect(text(shell.run('ls -A'))).toBe('.hidden\na\nb\nsite\n');
    expect(text(shell.run('ls', { tty: true, cols: 80 }))).toBe('a  b  site\n');
    const long = text(shell.run('ls -l site'));
    expect(long).toMatch(/^total 4\n-rw-r--r-- 1 user user 6 \w{3} [ \d]\d \d\d:\d\d index\.html\n$/);
    expect(text(shell.run('ls -a site')).split('\n')).toEqual(['.', '..', 'index.html', '']);
    expect(text(shell.run('ls site a'))).toBe('a\n\nsite:\nindex.html\n');
  });

  it('lays names out in columns as ls.c does, with tab stops of 8', () => {
    const { shell } = fresh();
    shell.run(
      'touch aaaaaaaaaaaa bbbbbbbbbbbbbbbbb c ddddddddddddddddddddddd eeeeeeeeeeee fffffffffffffffff && mkdir d',
    );
    // Checked against GNU ls 9.1 (`COLUMNS=60 ls -C`).
    expect(text(shell.run('ls', { tty: true, cols: 60 }))).toBe(
      'aaaaaaaaaaaa\t   ddddddddddddddddddddddd\nbbbbbbbbbbbbbbbbb  eeeeeeeeeeee\nc\t\t   fffffffffffffffff\nd\n',
    );
  });

  it('copies and moves files and trees and rm -r removes a tree', () => {
    const { shell, files } = fresh();
    shell.run('mkdir -p app/src && echo x > app/src/main.c && cp -r app copy && mv app/src/main.c app/main.c');
    expect(files.read('/home/user/copy/src/main.c')).toBe('x\n');
    expect(files.read('/home/user/app/main.c')).toBe('x\n');
    expect(files.read('/home/user/app/src/main.c')).toBeUndefined();
    shell.run('cp app/main.c copy; rm -rf copy/src nothing');
    expect(text(shell.run('ls copy'))).toBe('main.c\n');
    expect(
      shell
        .run('rm -r copy && ls')
        .chunks.map((c) => c.text)
        .join(''),
    ).toBe('app\n');
  });
});
