import { describe, expect, it } from 'vitest';
import { feedShellSession, openShellSession } from '../../src/model/engine/processes/shell-session';
import type { ProcessContext } from '../../src/model/engine/processes/program';

const ctx: ProcessContext = {
  argv: ['bash'],
  env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
  tty: true,
  openStdin: true,
  hostname: '3f4e5a6b7c8d',
  nowMs: 0,
  kernelVersion: '6.8.0-60-generic',
  family: 'ubuntu',
  ipAddress: '172.17.0.2',
  imagePrograms: ['/bin/bash'],
  files: { mounts: [], stores: {} },
};

describe('an interactive shell session', () => {
  it('prompts, runs a line, prompts again, and exits with the status exit gives', () => {
    const opened = openShellSession(ctx, 'bash', true);
    expect(opened.output.map((o) => o.text)).toEqual(['root@3f4e5a6b7c8d:/# ']);
    const step = feedShellSession(opened.session, 'echo hi\n', ctx);
    expect(step.output.map((o) => o.text)).toEqual(['hi', 'root@3f4e5a6b7c8d:/# ']);
    expect(step.exitCode).toBeUndefined();
    expect(feedShellSession(step.session, 'false\n', ctx).session.status).toBe(1);
    expect(feedShellSession(step.session, 'exit 3\n', ctx).exitCode).toBe(3);
  });

  it('the state between lines is plain JSON', () => {
    const { session } = openShellSession(ctx, 'ash', false);
    expect(JSON.parse(JSON.stringify(session))).toEqual(session);
    expect(feedShellSession(session, 'true\n', ctx).output).toEqual([]);
  });
});
