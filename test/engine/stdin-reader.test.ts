import { describe, expect, it } from 'vitest';
import { openShellSession } from '../../src/model/engine/processes/shell-session';
import { closeStdin, stdinState, writeStdin, type StdinProcess } from '../../src/model/engine/processes/stdin-reader';
import type { OutputLine, ProcessContext } from '../../src/model/engine/processes/program';

const context = (tty: boolean): ProcessContext => ({
  argv: ['sh'],
  env: [],
  tty,
  openStdin: true,
  hostname: '3f4e5a6b7c8d',
  nowMs: 0,
  kernelVersion: '6.8.0-60-generic',
  family: 'alpine',
  ipAddress: '172.17.0.2',
  imagePrograms: ['/bin/sh'],
  files: { mounts: [], stores: {} },
});

/** A process reading stdin whose writes and exit are recorded, on a clock the test moves. */
function reader(tty: boolean, flavour: 'ash' | 'bash' = 'ash') {
  const ctx = context(tty);
  const { session } = openShellSession(ctx, flavour, tty);
  const written: OutputLine[] = [];
  const exits: Array<{ code: number; afterMs: number }> = [];
  const proc: StdinProcess = {
    state: stdinState(session, 0),
    nowMs: 0,
    context: () => ctx,
    write: (lines) => written.push(...lines),
    applyFiles: () => undefined,
    exit: (code, afterMs) => exits.push({ code, afterMs }),
  };
  return { proc, written, exits };
}

describe('a process reading stdin', () => {
  it('through a TTY: echoes keys, rubs out on backspace, ends a line at Enter, drops it at Ctrl+C', () => {
    const { proc, written } = reader(true);
    writeStdin(proc, 'ecx\x7fho a\r');
    expect(written.map((l) => l.text)).toEqual(['ecx\b \bho a\r\n', 'a', '/ # ']);
    written.length = 0;
    writeStdin(proc, 'half\x03');
    expect(written.map((l) => l.text)).toEqual(['half^C\r\n', '/ # ']);
    expect(proc.state.session.status).toBe(130);
    expect(JSON.parse(JSON.stringify(proc.state))).toEqual(proc.state);
  });

  it('a line typed while the one before still runs waits for it: its output comes after', () => {
    const { proc, written } = reader(true);
    writeStdin(proc, 'sleep 2\recho b\r');
    const timed = written.filter((l) => !l.partial || l.text.endsWith('# ')).map((l) => [l.text, l.afterMs ?? 0]);
    expect(timed).toEqual([
      ['/ # ', 2000],
      ['b', 2000],
      ['/ # ', 2000],
    ]);
    expect(proc.state.readyAt).toBe(2000);
  });

  it('bash says exit on exit and on Ctrl+D; the shell ends with its status', () => {
    const { proc, written, exits } = reader(true, 'bash');
    writeStdin(proc, 'false\r');
    writeStdin(proc, '\x04');
    expect(written.at(-1)).toEqual({ stream: 'stderr', text: 'exit' });
    expect(exits).toEqual([{ code: 1, afterMs: 0 }]);
    writeStdin(proc, 'echo ignored\r');
    expect(written.at(-1)?.text).toBe('exit');
  });

  it('without a TTY: no echo, a line at each newline, the unfinished rest read at EOF', () => {
    const { proc, written, exits } = reader(false);
    writeStdin(proc, 'echo o');
    expect(written).toEqual([]);
    writeStdin(proc, 'ne\necho two');
    expect(written.map((l) => l.text)).toEqual(['one']);
    closeStdin(proc);
    expect(written.map((l) => l.text)).toEqual(['one', 'two']);
    expect(exits).toEqual([{ code: 0, afterMs: 0 }]);
  });
});
