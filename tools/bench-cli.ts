/**
 * The CLI's benchmark: parse, execute and format `docker ps -a` against a daemon holding 10,000
 * containers (the budget is a 50 ms median). The containers are made through the Engine API
 * beforehand; only the docker command itself is timed.
 */

// docker compose is plugged into the client by importing its face (the page loads it later).
import '../src/model/compose';
import { createWorld, type World } from '../src/model/world/world';
import { route } from '../src/model/api/route';
import { createShell } from '../src/model/cli/shell/shell';

/** A world with `count` containers: a third running nginx, the rest alpine that exited or never ran. */
export function worldWithContainers(count: number): World {
  const world = createWorld({ seed: 'bench' });
  for (const image of ['alpine', 'nginx']) {
    route(world, { method: 'POST', path: `/v1.50/images/create?fromImage=docker.io%2Flibrary%2F${image}&tag=latest` });
  }
  for (let i = 0; i < count; i++) {
    const image = i % 3 === 0 ? 'nginx' : 'alpine';
    const cmd = image === 'alpine' ? ['echo', `hello ${i}`] : null;
    const created = route(world, {
      method: 'POST',
      path: `/v1.50/containers/create?name=c${i}`,
      body: { Image: image, Cmd: cmd },
    });
    const id = (created.json as { Id: string }).Id;
    if (i % 3 !== 2) route(world, { method: 'POST', path: `/v1.50/containers/${id}/start` });
  }
  return world;
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Runs `docker ps -a` `runs` times over 10,000 containers and prints the median (and, to show
 * where the time goes, the median of the daemon's own `GET /containers/json`); returns it in ms.
 */
export function benchDockerPs(runs = 21, count = 10_000): number {
  const world = worldWithContainers(count);
  const shell = createShell({ world });
  // Warm up the JIT.
  for (let i = 0; i < 3; i++) shell.run('docker ps -a');
  const total: number[] = [];
  const daemon: number[] = [];
  let lines = 0;
  for (let i = 0; i < runs; i++) {
    let start = performance.now();
    const result = shell.run('docker ps -a');
    total.push(performance.now() - start);
    lines = result.chunks.reduce((n, c) => n + c.text.split('\n').length - 1, 0);
    start = performance.now();
    route(world, { method: 'GET', path: '/v1.50/containers/json?all=1' });
    daemon.push(performance.now() - start);
  }
  const m = median(total);
  console.log(
    `docker ps -a with ${count} containers (${lines} lines): median ${m.toFixed(1)} ms over ${runs} runs ` +
      `(budget 50 ms; of which the daemon's GET /containers/json: median ${median(daemon).toFixed(1)} ms)`,
  );
  return m;
}

if (process.argv[1] && /bench-cli\.ts$/.test(process.argv[1])) benchDockerPs();
