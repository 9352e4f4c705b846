import { describe, expect, it } from 'vitest';
import { processContext, runArgv, shellC } from './process-context';

describe('the container shell: expansion from the environment', () => {
  const env = ['PATH=/usr/bin:/bin', 'APP_ENV=production', 'GREETING=hello   world'];

  it('$VAR and ${VAR} expand; double quotes keep spaces, unquoted words are split, single quotes never expand', () => {
    const { lines, code } = shellC(
      'debian',
      'sh',
      `echo $APP_ENV \${APP_ENV}; echo "$GREETING"; echo $GREETING; echo '$APP_ENV'`,
      { env },
    );
    expect(lines).toEqual(['production production', 'hello   world', 'hello world', '$APP_ENV']);
    expect(code).toBe(0);
  });

  it('${V:-default}, ${V:=x}, ${V:+alt}, ${#V}, ${V#prefix} and ${V%suffix}', () => {
    const script =
      'echo ${NOPE:-dflt} ${APP_ENV:-dflt} ${#APP_ENV}; echo ${SET:=x} $SET ${APP_ENV:+alt}; ' +
      'F=a.tar.gz; echo ${F%.gz} ${F#*.}';
    expect(shellC('ubuntu', 'bash', script, { env }).lines).toEqual(['dflt production 10', 'x x alt', 'a.tar tar.gz']);
  });

  it('$?, $$, $#, $@ and $0 with -c arguments', () => {
    expect(shellC('alpine', 'sh', 'false; echo $? $$; true; echo $?').lines).toEqual(['1 1', '0']);
    const argv = ['sh', '-c', 'echo $0 $#; for a in "$@"; do echo "[$a]"; done', 'name', 'a', 'b c'];
    expect(runArgv(processContext('debian', { argv })).lines).toEqual(['name 2', '[a]', '[b c]']);
  });

  it('the environment: -e values, HOSTNAME and HOME from the runtime, export reaches env, unset removes', () => {
    const { lines } = shellC('debian', 'sh', 'export EXTRA=1; unset APP_ENV; env', { env });
    expect(lines).toEqual([
      'PATH=/usr/bin:/bin',
      'HOSTNAME=3f4e5a6b7c8d',
      'GREETING=hello   world',
      'HOME=/root',
      'PWD=/',
      'EXTRA=1',
    ]);
    expect(shellC('alpine', 'sh', 'echo $HOSTNAME $HOME; X=1 env | grep ^X=').lines).toEqual([
      '3f4e5a6b7c8d /root',
      'X=1',
    ]);
  });

  it('~ expands to HOME; arithmetic $((…)) counts', () => {
    expect(shellC('ubuntu', 'bash', 'echo ~ ~/x; i=2; echo $((i * 3 + 1))').lines).toEqual(['/root /root/x', '7']);
  });
});

describe('the container shell: lists, pipes, substitution and compound commands', () => {
  it('; && || run by status', () => {
    expect(shellC('debian', 'sh', 'false && echo no; false || echo yes; true && echo and').lines).toEqual([
      'yes',
      'and',
    ]);
  });

  it('a pipe passes stdout as the next stdin; stderr is not piped', () => {
    expect(shellC('ubuntu', 'bash', 'printf "b\\na\\nc\\n" | sort | head -n 2').lines).toEqual(['a', 'b']);
    expect(shellC('debian', 'sh', 'nope | wc -l').lines).toEqual(['E| sh: 1: nope: not found', '0']);
  });

  it('$(...) and backticks substitute stdout without trailing newlines', () => {
    expect(shellC('alpine', 'sh', 'D=$(pwd); echo "in $D" `echo tick` "$(echo a; echo b)"').lines).toEqual([
      'in / tick a',
      'b',
    ]);
  });

  it('for, if/elif/else, while with test and [ ]', () => {
    const script =
      'for n in 1 2 3; do if [ $n -eq 1 ]; then echo one; elif test $n = 2; then echo two; else echo many; fi; done; ' +
      'i=0; while [ $i -lt 2 ]; do i=$((i+1)); echo loop $i; done';
    expect(shellC('ubuntu', 'bash', script).lines).toEqual(['one', 'two', 'many', 'loop 1', 'loop 2']);
  });

  it('a subshell keeps its cd; a group does not; exit ends the shell with its code', () => {
    const { lines, code } = shellC('debian', 'sh', '(cd /tmp; pwd); pwd; { cd /etc; }; pwd; exit 4; echo never');
    expect(lines).toEqual(['/tmp', '/', '/etc']);
    expect(code).toBe(4);
  });

  it('an endless loop with sleep is a process that keeps running', () => {
    expect(shellC('alpine', 'sh', 'while true; do sleep 1; done').code).toBe('serves');
  });

  it('read takes lines from a pipe; a for loop over a glob lists the files', () => {
    const script =
      'mkdir /data; touch /data/a /data/b; for f in /data/*; do echo got $f; done; ' +
      'echo x y | { read p q; echo $q $p; }';
    expect(shellC('debian', 'sh', script).lines).toEqual(['got /data/a', 'got /data/b', 'y x']);
  });

  it('redirections follow cd; cat reads relative paths from the working directory', () => {
    expect(shellC('ubuntu', 'bash', 'cd /tmp && echo hi > f && cat f && cat /tmp/f').lines).toEqual(['hi', 'hi']);
  });
});

describe('the container shell: each shell words its own errors', () => {
  it('command not found: bash 127 `command not found`, dash `sh: 1:`, BusyBox ash `sh:`', () => {
    expect(shellC('ubuntu', 'bash', 'foo')).toMatchObject({
      lines: ['E| bash: line 1: foo: command not found'],
      code: 127,
    });
    expect(shellC('debian', 'sh', 'echo a\nfoo')).toMatchObject({
      lines: ['a', 'E| sh: 2: foo: not found'],
      code: 127,
    });
    expect(shellC('alpine', 'sh', 'foo')).toMatchObject({ lines: ['E| sh: foo: not found'], code: 127 });
    expect(shellC('alpine', '/bin/sh', 'foo').lines).toEqual(['E| /bin/sh: foo: not found']);
  });

  it('cd to a missing directory', () => {
    expect(shellC('ubuntu', 'bash', 'cd /nope; echo $?').lines).toEqual([
      'E| bash: line 1: cd: /nope: No such file or directory',
      '1',
    ]);
    expect(shellC('debian', 'sh', 'cd /nope; echo $?').lines).toEqual(["E| sh: 1: cd: can't cd to /nope", '2']);
    expect(shellC('alpine', 'sh', 'cd /nope; echo $?').lines).toEqual([
      "E| sh: cd: line 1: can't cd to /nope: No such file or directory",
      '2',
    ]);
  });

  it('syntax errors, status 2', () => {
    expect(shellC('ubuntu', 'bash', 'echo hi; fi')).toMatchObject({
      lines: ["E| bash: -c: line 1: syntax error near unexpected token `fi'", "E| bash: -c: line 1: `echo hi; fi'"],
      code: 2,
    });
    expect(shellC('debian', 'sh', 'echo hi; fi')).toMatchObject({
      lines: ['E| sh: 1: Syntax error: "fi" unexpected'],
      code: 2,
    });
    expect(shellC('alpine', 'sh', 'echo hi; fi')).toMatchObject({
      lines: ['E| sh: syntax error: unexpected "fi"'],
      code: 2,
    });
    expect(shellC('debian', 'sh', 'if true; then echo').lines).toEqual([
      'E| sh: 1: Syntax error: end of file unexpected (expecting "fi")',
    ]);
    expect(shellC('alpine', 'sh', 'for x in a; echo').lines).toEqual([
      'E| sh: syntax error: unexpected word (expecting "do")',
    ]);
    expect(shellC('debian', 'sh', 'for x in a; echo').lines).toEqual([
      'E| sh: 1: Syntax error: word unexpected (expecting "do")',
    ]);
    expect(shellC('ubuntu', 'bash', 'for x in a; echo').lines[0]).toBe(
      "E| bash: -c: line 1: syntax error near unexpected token `echo'",
    );
    expect(shellC('ubuntu', 'bash', "echo 'open").lines).toEqual([
      "E| bash: -c: line 1: unexpected EOF while looking for matching `''",
    ]);
    expect(shellC('debian', 'sh', 'echo "open').lines).toEqual(['E| sh: 1: Syntax error: Unterminated quoted string']);
  });

  it('[ without ] and a bad integer', () => {
    expect(shellC('ubuntu', 'bash', '[ 1 -eq 1; echo $?').lines).toEqual(["E| bash: line 1: [: missing `]'", '2']);
    expect(shellC('debian', 'sh', '[ x -eq 1 ]; echo $?').lines).toEqual(['E| sh: 1: [: Illegal number: x', '2']);
  });
});

describe('the container shell: builtins', () => {
  it('echo: bash and BusyBox read escapes only with -e; dash always; -n leaves the newline out', () => {
    expect(shellC('ubuntu', 'bash', 'echo "a\\tb"; echo -e "a\\tb"').lines).toEqual(['a\\tb', 'a\tb']);
    expect(shellC('debian', 'sh', 'echo "a\\tb"').lines).toEqual(['a\tb']);
    expect(shellC('alpine', 'sh', 'echo -n x; echo y').lines).toEqual(['x', 'y']);
  });

  it('printf reuses its format for the remaining arguments', () => {
    expect(shellC('debian', 'sh', 'printf "%s=%d\\n" a 1 b 2; printf "%5s|%-3s|\\n" x y').lines).toEqual([
      'a=1',
      'b=2',
      '    x|y  |',
    ]);
  });

  it('pwd, cd -, export -p in each shell’s form', () => {
    expect(shellC('ubuntu', 'bash', 'cd /tmp; cd /etc; cd -; pwd').lines).toEqual(['/tmp', '/tmp']);
    expect(shellC('debian', 'sh', 'export -p | grep HOME').lines).toEqual(["export HOME='/root'"]);
    expect(shellC('ubuntu', 'bash', 'export -p | grep HOME').lines).toEqual(['declare -x HOME="/root"']);
  });
});
