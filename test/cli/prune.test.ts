import { describe, expect, it } from 'vitest';
import { createWorld } from '../../src/model/world/world';
import { createShell } from '../../src/model/cli/shell/shell';
import { recordText } from '../../src/model/cli/shell/command-record';
import { systemPruneMessage } from '../../src/model/cli/commands/system/prune';
import { interruptPrompt, isConfirmation } from '../../src/model/cli/commands/common/prune';
import { Output } from '../../src/model/cli/docker/output';

const fresh = () => createShell({ world: createWorld({ seed: 1 }) });

describe('the prune question (internal/prompt Confirm)', () => {
  it.each([
    ['y', true],
    ['Y', true],
    ['  y  ', true],
    ['yes', false],
    ['n', false],
    ['', false],
  ])('the answer %j deletes: %s', (answer, deletes) => {
    const shell = fresh();
    shell.run('docker pull -q alpine');
    shell.run('docker create --name gone alpine');
    const r = shell.run(`echo '${answer}' | docker container prune`);
    expect(r.exitCode).toBe(0);
    expect(recordText(r).startsWith('WARNING! This will remove all stopped containers.\n')).toBe(true);
    expect(recordText(r).includes('Deleted Containers:')).toBe(deletes);
    expect(recordText(shell.run('docker ps -aq')) === '').toBe(deletes);
  });

  it('in a terminal the question waits for the typed line; "n" removes nothing and exits 0', () => {
    const shell = fresh();
    const r = shell.run('docker network prune', { tty: true, cols: 80 });
    expect(recordText(r)).toBe(
      'WARNING! This will remove all custom networks not used by at least one container.\n' +
        'Are you sure you want to continue? [y/N] ',
    );
    expect(r.exitCode).toBeUndefined();
    expect(r.attached?.readsInput).toBe(true);
    expect(r.exchanges).toEqual([]);
    const answer = shell.input('n\n', { tty: true, cols: 80 })!;
    expect(answer.exitCode).toBe(0);
    expect(answer.exchanges.filter((e) => e.path.endsWith('/prune'))).toEqual([]);
  });
});

describe('docker system prune', () => {
  it('asks with the bullet list that follows --volumes and --all, and the filters it shows', () => {
    expect(systemPruneMessage(false, false, [])).toBe(
      'WARNING! This will remove:\n  - all stopped containers\n' +
        '  - all networks not used by at least one container\n  - all dangling images\n  - unused build cache\n\n' +
        'Are you sure you want to continue?',
    );
    expect(systemPruneMessage(true, true, ['until=10m', 'label=a', 'dangling=true', 'label=a'])).toBe(
      'WARNING! This will remove:\n  - all stopped containers\n' +
        '  - all networks not used by at least one container\n' +
        '  - all anonymous volumes not used by at least one container\n' +
        '  - all images without at least one container associated to them\n  - all build cache\n\n' +
        '  Items to be pruned will be filtered with:\n  - label=a\n  - until=10m\n\n' +
        'Are you sure you want to continue?',
    );
  });

  it('prunes in the CLI order: containers, networks, volumes, images, build cache; then the total', () => {
    const shell = fresh();
    shell.run('docker pull -q alpine');
    shell.run('docker run --name one alpine true');
    const r = shell.run('docker system prune -f -a --volumes');
    expect(r.exchanges.filter((x) => x.method === 'POST').map((x) => `${x.path}?${x.query}`)).toEqual([
      '/containers/prune?',
      '/networks/prune?',
      '/volumes/prune?',
      '/images/prune?filters=%7B%22dangling%22%3A%7B%22false%22%3Atrue%7D%7D',
      '/build/prune?all=1&filters=',
    ]);
    const text = recordText(r);
    expect(text).toMatch(/^Deleted Containers:\n[0-9a-f]{64}\n\nDeleted Images:\nuntagged: alpine:latest\n/);
    expect(text).toMatch(/\n\nTotal reclaimed space: \d+(\.\d+)?[kM]B\n$/);
  });

  it('refuses until with --volumes before asking, and takes no arguments', () => {
    const shell = fresh();
    const r = shell.run('docker system prune --volumes --filter until=1h');
    expect([recordText(r), r.exitCode]).toEqual(['ERROR: The "until" filter is not supported with "--volumes"\n', 1]);
    const args = shell.run('docker system prune now');
    expect(args.exitCode).toBe(1);
    expect(recordText(args)).toContain("docker: 'docker system prune' accepts no arguments");
  });
});

describe('the prompt pieces a waiting prompt uses', () => {
  it('only y or Y, spaces trimmed, is a yes; Ctrl+C prints a newline and exits 0', () => {
    expect(['y', 'Y', ' y\r', 'yes', 'n', ''].map(isConfirmation)).toEqual([true, true, true, false, false, false]);
    const out = new Output(() => 0);
    expect(interruptPrompt(out)).toBe(0);
    expect(out.chunks.map((c) => c.text).join('')).toBe('\n');
  });
});
