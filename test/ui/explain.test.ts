import { describe, expect, it } from 'vitest';
import { subscribe, defaultHost } from '../../src/model/world/world';
import type { DomainEvent } from '../../src/model/kernel/events';
import { createShell } from '../../src/model/cli/shell/shell';
import { explainCommand } from '../../src/ui/explain/explain';
import { call, runContainer, worldWithAlpineAndNginx } from './world-fixture';
import { createWorld } from '../../src/model/world/world';

/** Runs `line` through the docker client as the page does and returns its facts and record. */
function explainRun(world: ReturnType<typeof createWorld>, line: string) {
  const record = createShell({ world }).run(line);
  return { facts: explainCommand(record, defaultHost(world)), record };
}

describe('explanations', () => {
  it('says nginx:alpine reused the alpine base layer', () => {
    const world = createWorld({ seed: 1 });
    call(world, 'POST', '/images/create?fromImage=alpine&tag=latest');
    const { facts, record } = explainRun(world, 'docker pull nginx:alpine');
    expect(facts).toEqual([
      {
        kind: 'pullReused',
        image: 'nginx:alpine',
        reused: ['81e66d712b90'],
        reusedFrom: ['alpine:latest'],
        downloaded: 7,
      },
    ]);
    expect(record.exchanges.map((x) => `${x.method} ${x.path} ${x.status}`)).toEqual([
      'HEAD /_ping 200',
      'POST /images/create 200',
    ]);
  });

  it('says why the name web was refused, and which container holds it', () => {
    const { world } = worldWithAlpineAndNginx();
    const id = runContainer(world, 'web', 'nginx:alpine');
    const { facts } = explainRun(world, 'docker run --name web nginx:alpine');
    expect(facts).toEqual([{ kind: 'nameConflict', name: 'web', holder: id.slice(0, 12) }]);
  });

  it('names the container that keeps rmi from removing an image', () => {
    const { world } = worldWithAlpineAndNginx();
    runContainer(world, 'web', 'nginx:alpine', false);
    const { facts } = explainRun(world, 'docker rmi nginx:alpine');
    expect(facts).toEqual([{ kind: 'imageInUse', image: 'nginx:alpine', container: 'web', running: false }]);
  });

  it('collects every event of the command in order', () => {
    const world = createWorld({ seed: 1 });
    const seen: DomainEvent['type'][] = [];
    subscribe(world, (e) => seen.push(e.type));
    const { record } = explainRun(world, 'docker pull alpine');
    expect(record.events.map((e) => e.type)).toEqual(seen);
  });
});
