import { describe, expect, it } from 'vitest';
import { killToStart, remember, splitPaste, stepHistory } from '../../src/ui/terminal/line-editing';
import { complete, type CommandNode } from '../../src/ui/terminal/completion';

const tree: CommandNode = {
  name: 'docker',
  subcommands: [
    { name: 'pull', flags: ['--all-tags', '--quiet'], args: ['remoteImage'] },
    { name: 'ps', flags: ['--all', '-a'] },
    { name: 'rm', flags: ['--force'], args: ['container'] },
    { name: 'image', subcommands: [{ name: 'ls' }, { name: 'pull', args: ['remoteImage'] }, { name: 'prune' }] },
  ],
};
const names = (kind: string) =>
  ({
    remoteImage: ['alpine:latest', 'alpine:3.22', 'nginx:alpine'],
    container: ['web', 'web2'],
    localImage: [],
    volume: [],
    network: [],
  })[kind] ?? [];

describe('terminal line editing', () => {
  it('walks the history up and back down to the line being typed', () => {
    const history = ['docker pull alpine', 'docker ps'];
    let step = stepHistory(history, { index: 2, draft: '' }, 'docker i', -1);
    expect(step.line).toBe('docker ps');
    step = stepHistory(history, step.cursor, step.line, -1);
    expect(step.line).toBe('docker pull alpine');
    step = stepHistory(history, step.cursor, step.line, -1);
    expect(step.line).toBe('docker pull alpine');
    step = stepHistory(history, step.cursor, step.line, 1);
    step = stepHistory(history, step.cursor, step.line, 1);
    expect(step.line).toBe('docker i');
  });

  it('remembers commands as bash does: no blanks, no immediate repeats', () => {
    expect(remember(['a'], 'a')).toEqual(['a']);
    expect(remember(['a'], '  ')).toEqual(['a']);
    expect(remember(['a'], 'b')).toEqual(['a', 'b']);
  });

  it('Ctrl+U deletes to the start of the line; a paste of several lines runs them in order', () => {
    expect(killToStart('docker ps -a', 7)).toEqual({ value: 'ps -a', cursor: 0 });
    expect(splitPaste('', 'docker pull alpine\r\ndocker images\ndocker ps', '')).toEqual({
      run: ['docker pull alpine', 'docker images'],
      rest: 'docker ps',
    });
  });

  it('completes commands, subcommands, flags, images and container names', () => {
    expect(complete('docker pu', 9, tree, names).value).toBe('docker pull ');
    expect(complete('docker image p', 14, tree, names)).toMatchObject({
      value: 'docker image p',
      candidates: ['prune', 'pull'],
    });
    expect(complete('docker ps --a', 13, tree, names).value).toBe('docker ps --all ');
    expect(complete('docker pull ng', 14, tree, names).value).toBe('docker pull nginx:alpine ');
    expect(complete('docker pull alp', 15, tree, names).value).toBe('docker pull alpine:');
    expect(complete('docker rm web', 13, tree, names).candidates).toEqual(['web', 'web2']);
  });
});

describe('completion tree from the client help', () => {
  it('reads commands, flags and argument kinds from the usage lines', async () => {
    const { buildCompletionTree, argKinds } = await import('../../src/ui/terminal/completion-tree');
    const tree = buildCompletionTree([
      { path: '', useLine: 'docker [OPTIONS] COMMAND', flags: ['--debug'] },
      { path: 'rmi', useLine: 'docker rmi [OPTIONS] IMAGE [IMAGE...]', flags: ['--force', '-f'] },
      { path: 'run', useLine: 'docker run [OPTIONS] IMAGE [COMMAND] [ARG...]', flags: ['--detach', '-d', '--name'] },
      { path: 'container', useLine: 'docker container COMMAND', flags: [] },
      { path: 'container restart', useLine: 'docker container restart [OPTIONS] CONTAINER [CONTAINER...]', flags: [] },
      { path: 'container rm', useLine: 'docker container rm [OPTIONS] CONTAINER [CONTAINER...]', flags: [] },
      { path: 'container run', useLine: 'docker container run [OPTIONS] IMAGE [COMMAND] [ARG...]', flags: [] },
    ]);
    expect(tree.subcommands?.map((c) => c.name)).toContain('rmi');
    expect(argKinds('rmi', 'docker rmi [OPTIONS] IMAGE [IMAGE...]')).toEqual(['localImage', 'localImage']);
    expect(argKinds('run', 'docker run [OPTIONS] IMAGE [COMMAND] [ARG...]')).toEqual(['image', 'none', 'none']);
    expect(argKinds('pull', 'docker pull [OPTIONS] NAME[:TAG|@DIGEST]')).toEqual(['remoteImage']);
    expect(argKinds('network create', 'docker network create [OPTIONS] NETWORK')).toEqual(['none']);
    expect(argKinds('network connect', 'docker network connect [OPTIONS] NETWORK CONTAINER')).toEqual([
      'network',
      'container',
    ]);
    expect(complete('docker container r', 18, tree, names).candidates).toEqual(['restart', 'rm', 'run']);
    expect(complete('docker run --detac', 18, tree, names).value).toBe('docker run --detach ');
    expect(complete('docker rmi -', 12, tree, names).candidates).toEqual(['--force', '--help', '-f']);
  });
});
