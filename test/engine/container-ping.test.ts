import { describe, expect, it } from 'vitest';
import { createShell } from '../../src/model/cli/shell/shell';
import type { CommandRecord } from '../../src/model/cli/shell/command-record';
import { advanceClock } from '../../src/model/engine/advance';
import { createWorld, defaultHost } from '../../src/model/world/world';
import { networkView } from '../../src/model/engine/networks/resolver';
import { ping } from '../../src/model/engine/processes/ping';
import type { ProcessContext } from '../../src/model/engine/processes/program';

const baseContext: ProcessContext = {
  argv: [],
  env: [],
  tty: false,
  openStdin: false,
  hostname: 'h',
  nowMs: 0,
  kernelVersion: '6.8.0',
  family: 'alpine',
  ipAddress: '',
  imagePrograms: [],
  files: { mounts: [], stores: {} },
};

const out = (r: Pick<CommandRecord, 'chunks'>) => r.chunks.map((c) => c.text).join('');
const err = (r: Pick<CommandRecord, 'chunks'>) =>
  r.chunks
    .filter((c) => c.stream === 'stderr')
    .map((c) => c.text)
    .join('');

/** A shell on a fresh world (seed 1) with alpine and nginx:alpine, network app, and web on it (alias www). */
function setup(seed: number | string = 1) {
  const world = createWorld({ seed });
  const shell = createShell({ world });
  for (const line of [
    'docker pull -q alpine',
    'docker pull -q nginx:alpine',
    'docker network create app',
    'docker run -d --name web --network app --network-alias www nginx:alpine',
  ]) {
    expect(shell.run(line).exitCode).toBe(0);
  }
  return { world, shell };
}

// busybox networking/ping.c: "PING %s (%s): %d data bytes", "%d bytes from %s: seq=%u ttl=%d time=%u.%03u ms",
// "\n--- %s ping statistics ---\n%lu packets transmitted, %lu packets received, %lu%% packet loss",
// "round-trip min/avg/max = %u.%03u/%u.%03u/%u.%03u ms".
const REPLY = /^64 bytes from 172\.18\.0\.2: seq=(\d+) ttl=64 time=0\.(\d{3}) ms$/;

describe('ping in alpine containers (busybox)', () => {
  it('reaches a container on the same user-defined network by name, in busybox format', () => {
    const { shell } = setup();
    const r = shell.run('docker run --rm --network app alpine ping -c 2 web');
    expect(r.exitCode).toBe(0);
    expect(out(r)).toBe(
      [
        'PING web (172.18.0.2): 56 data bytes',
        '64 bytes from 172.18.0.2: seq=0 ttl=64 time=0.096 ms',
        '64 bytes from 172.18.0.2: seq=1 ttl=64 time=0.089 ms',
        '',
        '--- web ping statistics ---',
        '2 packets transmitted, 2 packets received, 0% packet loss',
        'round-trip min/avg/max = 0.089/0.092/0.096 ms',
        '',
      ].join('\n'),
    );
    const lines = out(r).split('\n');
    for (const [i, line] of lines.slice(1, 3).entries()) {
      const m = REPLY.exec(line);
      expect(m?.[1]).toBe(String(i));
      // Bridge round trips are modelled between 0.050 and 0.120 ms.
      expect(Number(m?.[2])).toBeGreaterThanOrEqual(50);
      expect(Number(m?.[2])).toBeLessThanOrEqual(120);
    }
  });

  it('resolves the network alias and the short ID (the DNSNames), and the IP address', () => {
    const { shell } = setup();
    expect(out(shell.run('docker run --rm --network app alpine ping -c 1 www'))).toMatch(
      /^PING www \(172\.18\.0\.2\): 56 data bytes\n64 bytes from 172\.18\.0\.2: seq=0 ttl=64/,
    );
    const id = out(shell.run('docker inspect -f "{{.Id}}" web')).trim().slice(0, 12);
    const byId = shell.run(`docker run --rm --network app alpine ping -c 1 ${id}`);
    expect(byId.exitCode).toBe(0);
    expect(out(byId)).toContain(`PING ${id} (172.18.0.2): 56 data bytes`);
    const byIp = shell.run('docker run --rm --network app alpine ping -c 1 172.18.0.2');
    expect(out(byIp)).toContain(
      '--- 172.18.0.2 ping statistics ---\n1 packets transmitted, 1 packets received, 0% packet loss',
    );
    // The gateway (the host's side of the bridge) answers too.
    expect(shell.run('docker run --rm --network app alpine ping -c 1 172.18.0.1').exitCode).toBe(0);
  });

  it(
    'a container finds itself by its own name (DNS) and by ' + 'its hostname (/etc/hosts), even on the default bridge',
    () => {
      const { world, shell } = setup();
      expect(out(shell.run('docker run --rm --name self --network app alpine ping -c 1 self'))).toContain(
        '1 packets transmitted, 1 packets received, 0% packet loss',
      );
      expect(out(shell.run('docker run --rm alpine ping -c 1 localhost'))).toMatch(
        new RegExp(
          /^PING localhost \(127\.0\.0\.1\): 56 data bytes\n64 bytes from 127\.0\.0\.1: seq=0 ttl=/.source +
            /64 time=0\.0[3-7]\d ms\n/.source,
        ),
      );
      // The hostname (the short ID by default) is in the container's /etc/hosts, whatever the network.
      const id = out(shell.run('docker create --name me alpine sleep 60')).trim();
      shell.run('docker start me');
      const host = defaultHost(world);
      const view = networkView(host, host.containers[id]);
      expect(view.hosts[id.slice(0, 12)]).toBe('172.17.0.2');
      expect(view.dns).toEqual({});
      const program = ping(['-c', '1', id.slice(0, 12)], { ...baseContext, network: view, ipAddress: '172.17.0.2' });
      expect(program).toMatchObject({ kind: 'exits', exitCode: 0 });
      expect(program.kind === 'exits' && program.output[0].text).toBe(
        `PING ${id.slice(0, 12)} (172.17.0.2): 56 data bytes`,
      );
    },
  );

  it('on the default bridge there is no name resolution: bad address, exit 1', () => {
    const { shell } = setup();
    shell.run('docker run -d --name db nginx:alpine');
    const r = shell.run('docker run --rm alpine ping -c 1 db');
    expect(r.exitCode).toBe(1);
    expect(out(r)).toBe("ping: bad address 'db'\n");
    expect(err(r)).toBe("ping: bad address 'db'\n");
  });

  it('a container on another network is not resolvable; its address gets no reply', () => {
    const { shell } = setup();
    shell.run('docker network create other');
    const r = shell.run('docker run --rm --network other alpine ping -c 1 web');
    expect(r.exitCode).toBe(1);
    expect(out(r)).toBe("ping: bad address 'web'\n");
    // Docker isolates bridge networks from each other: every request is lost, ping waits 10 s (-W) and exits 1.
    const byIp = shell.run('docker run --rm --network other alpine ping -c 2 172.18.0.2');
    expect(byIp.exitCode).toBe(1);
    expect(out(byIp)).toBe(
      [
        'PING 172.18.0.2 (172.18.0.2): 56 data bytes',
        '',
        '--- 172.18.0.2 ping statistics ---',
        '2 packets transmitted, 0 packets received, 100% packet loss',
        '',
      ].join('\n'),
    );
  });

  it('a stopped container is not resolvable (the DNS answers for running containers only)', () => {
    const { shell } = setup();
    shell.run('docker stop web');
    const r = shell.run('docker run --rm --network app alpine ping -c 1 web');
    expect(r.exitCode).toBe(1);
    expect(out(r)).toBe("ping: bad address 'web'\n");
    shell.run('docker start web');
    expect(shell.run('docker run --rm --network app alpine ping -c 1 web').exitCode).toBe(0);
  });

  it('takes virtual time: -c N exits when the Nth reply arrives, (N-1) s after it started', () => {
    const { world, shell } = setup();
    const start = world.state.clock.nowMs;
    expect(shell.run('docker run --rm --network app alpine ping -c 3 web').exitCode).toBe(0);
    expect(world.state.clock.nowMs - start).toBe(2_001);
    shell.run('docker run -d --name pinger --network app alpine ping -c 5 web');
    advanceClock(world, 4_000);
    expect(out(shell.run('docker ps -a --format "{{.Names}} {{.Status}}" --filter name=pinger'))).toBe(
      'pinger Up 4 seconds\n',
    );
    advanceClock(world, 1);
    expect(out(shell.run('docker ps -a --format "{{.Names}} {{.Status}}" --filter name=pinger'))).toBe(
      'pinger Exited (0) Less than a second ago\n',
    );
    expect(out(shell.run('docker logs pinger'))).toContain('5 packets transmitted, 5 packets received, 0% packet loss');
  });

  it('is deterministic: the same seed prints the same bytes; another seed other round-trip times', () => {
    const a = out(setup(7).shell.run('docker run --rm --network app alpine ping -c 4 web'));
    const b = out(setup(7).shell.run('docker run --rm --network app alpine ping -c 4 web'));
    expect(a).toBe(b);
    expect(a).toContain('4 packets transmitted, 4 packets received, 0% packet loss');
  });

  it(
    'options as busybox parses them: -q, -s, -w, errors; ' +
      'without -c or -w the simulator says it does not model ' +
      'it',
    () => {
      const { shell } = setup();
      const quiet = out(shell.run('docker run --rm --network app alpine ping -q -c 2 web'));
      expect(quiet).toMatch(
        new RegExp(
          /^PING web \(172\.18\.0\.2\): 56 data bytes\n\n--- web ping statistics ---\n2 packets tr/.source +
            /ansmitted, 2 packets received, 0% packet loss\nround-trip/.source,
        ),
      );
      expect(out(shell.run('docker run --rm --network app alpine ping -c 1 -s 100 web'))).toMatch(
        /^PING web \(172\.18\.0\.2\): 100 data bytes\n108 bytes from 172\.18\.0\.2: seq=0 ttl=64 time=/,
      );
      // -w: at the deadline busybox counts one more request, then prints the statistics.
      const deadline = shell.run('docker run --rm --network app alpine ping -w 2 web');
      expect(deadline.exitCode).toBe(0);
      expect(out(deadline)).toContain('3 packets transmitted, 2 packets received, 33% packet loss');
      expect(out(shell.run('docker run --rm alpine ping -c x web'))).toBe("ping: invalid number 'x'\n");
      const forever = shell.run('docker run --rm --network app alpine ping web');
      expect(forever.exitCode).toBe(1);
      expect(err(forever)).toMatch(/^pelabuhan: ping without -c or -w runs until Ctrl\+C/);
    },
  );

  it('debian-based images have no ping', () => {
    const { shell } = setup();
    shell.run('docker pull -q nginx');
    const r = shell.run('docker run --rm --network app nginx ping -c 1 web');
    expect(r.exitCode).toBe(127);
    expect(err(r)).toContain('exec: "ping": executable file not found in $PATH');
  });
});
