// The docker CLI's command tree as far as the simulator goes: management commands with their
// subcommands and aliases, the short forms, each command's argument rule (docker/cli
// cli/required.go) and whether its flags may follow its arguments.

/** cobra.PositionalArgs as docker/cli uses them. */
export type ArgsRule =
  | { kind: 'none' }
  | { kind: 'min'; n: number }
  | { kind: 'max'; n: number }
  | { kind: 'exact'; n: number };

/** A command that runs. */
export interface LeafSpec {
  kind: 'leaf';
  path: string;
  args: ArgsRule;
  /** run and create stop reading flags at the image name (pflag SetInterspersed(false)). */
  interspersed: boolean;
}

/** A management command (`docker image`): its subcommands by name and alias. */
export interface GroupSpec {
  kind: 'group';
  path: string;
  children: Readonly<Record<string, string>>;
  /** Real subcommands the simulator does not model. */
  unmodelled: readonly string[];
}

const none: ArgsRule = { kind: 'none' };
const min1: ArgsRule = { kind: 'min', n: 1 };
const max1: ArgsRule = { kind: 'max', n: 1 };
const exact = (n: number): ArgsRule => ({ kind: 'exact', n });

const leaf = (path: string, args: ArgsRule, interspersed = true): LeafSpec => ({
  kind: 'leaf',
  path,
  args,
  interspersed,
});

/** Every command the simulator runs, by path. */
export const COMMANDS: Readonly<Record<string, LeafSpec | GroupSpec>> = Object.fromEntries(
  [
    leaf('run', min1, false),
    leaf('create', min1, false),
    leaf('ps', none),
    leaf('images', max1),
    leaf('pull', exact(1)),
    leaf('rmi', min1),
    leaf('tag', exact(2)),
    leaf('start', min1),
    leaf('stop', min1),
    leaf('restart', min1),
    leaf('kill', min1),
    leaf('pause', min1),
    leaf('unpause', min1),
    leaf('rm', min1),
    leaf('logs', exact(1)),
    leaf('exec', { kind: 'min', n: 2 }, false),
    leaf('inspect', min1),
    leaf('version', none),
    leaf('info', none),
    leaf('image ls', max1),
    leaf('image pull', exact(1)),
    leaf('image rm', min1),
    leaf('image tag', exact(2)),
    leaf('image inspect', min1),
    leaf('image prune', none),
    leaf('container create', min1, false),
    leaf('container run', min1, false),
    leaf('container start', min1),
    leaf('container stop', min1),
    leaf('container restart', min1),
    leaf('container kill', min1),
    leaf('container pause', min1),
    leaf('container unpause', min1),
    leaf('container rm', min1),
    leaf('container ls', none),
    leaf('container inspect', min1),
    leaf('container logs', exact(1)),
    leaf('container exec', { kind: 'min', n: 2 }, false),
    leaf('container prune', none),
    leaf('volume create', max1),
    leaf('volume ls', none),
    leaf('volume inspect', min1),
    leaf('volume rm', min1),
    leaf('volume prune', none),
    leaf('network create', exact(1)),
    leaf('network ls', none),
    leaf('network inspect', min1),
    leaf('network rm', min1),
    leaf('network connect', exact(2)),
    leaf('network disconnect', exact(2)),
    leaf('network prune', none),
    leaf('system df', none),
    leaf('system info', none),
    leaf('system prune', none),
    leaf('stats', { kind: 'min', n: 0 }),
    leaf('build', exact(1)),
    leaf('image build', exact(1)),
    leaf('builder build', exact(1)),
    leaf('history', exact(1)),
    leaf('image history', exact(1)),
    leaf('builder prune', none),
    leaf('login', max1),
    leaf('logout', max1),
    leaf('push', exact(1)),
    leaf('image push', exact(1)),
    leaf('container stats', { kind: 'min', n: 0 }),
    leaf('context ls', none),
    leaf('context use', exact(1)),
    leaf('context show', none),
    leaf('context inspect', { kind: 'min', n: 0 }),
    leaf('context create', exact(1)),
    leaf('context rm', min1),
    {
      kind: 'group',
      path: 'context',
      children: {
        create: 'context create',
        inspect: 'context inspect',
        ls: 'context ls',
        list: 'context ls',
        rm: 'context rm',
        remove: 'context rm',
        show: 'context show',
        use: 'context use',
      },
      unmodelled: ['export', 'import', 'update'],
    },
    leaf('compose', { kind: 'min', n: 0 }, false),
    {
      kind: 'group',
      path: '',
      children: {
        run: 'run',
        create: 'create',
        ps: 'ps',
        images: 'images',
        pull: 'pull',
        rmi: 'rmi',
        tag: 'tag',
        start: 'start',
        stop: 'stop',
        restart: 'restart',
        kill: 'kill',
        pause: 'pause',
        unpause: 'unpause',
        rm: 'rm',
        logs: 'logs',
        exec: 'exec',
        inspect: 'inspect',
        version: 'version',
        info: 'info',
        stats: 'stats',
        image: 'image',
        container: 'container',
        volume: 'volume',
        network: 'network',
        system: 'system',
        context: 'context',
        build: 'build',
        history: 'history',
        builder: 'builder',
        login: 'login',
        logout: 'logout',
        push: 'push',
        compose: 'compose',
      },
      unmodelled: [
        'search',
        'attach',
        'commit',
        'cp',
        'diff',
        'events',
        'export',
        'import',
        'load',
        'port',
        'rename',
        'save',
        'top',
        'update',
        'wait',
        'buildx',
        'manifest',
        'plugin',
        'trust',
        'swarm',
        'config',
        'node',
        'secret',
        'service',
        'stack',
      ],
    },
    {
      kind: 'group',
      path: 'image',
      children: {
        ls: 'image ls',
        list: 'image ls',
        pull: 'image pull',
        rm: 'image rm',
        remove: 'image rm',
        tag: 'image tag',
        inspect: 'image inspect',
        prune: 'image prune',
        build: 'image build',
        history: 'image history',
        push: 'image push',
      },
      unmodelled: ['import', 'load', 'save'],
    },
    {
      kind: 'group',
      path: 'container',
      children: {
        create: 'container create',
        run: 'container run',
        start: 'container start',
        stop: 'container stop',
        restart: 'container restart',
        kill: 'container kill',
        pause: 'container pause',
        unpause: 'container unpause',
        rm: 'container rm',
        remove: 'container rm',
        ls: 'container ls',
        list: 'container ls',
        ps: 'container ls',
        inspect: 'container inspect',
        logs: 'container logs',
        exec: 'container exec',
        prune: 'container prune',
        stats: 'container stats',
      },
      unmodelled: ['attach', 'commit', 'cp', 'diff', 'export', 'port', 'rename', 'top', 'update', 'wait'],
    },
    {
      kind: 'group',
      path: 'volume',
      children: {
        create: 'volume create',
        ls: 'volume ls',
        list: 'volume ls',
        inspect: 'volume inspect',
        rm: 'volume rm',
        remove: 'volume rm',
        prune: 'volume prune',
      },
      unmodelled: ['update'],
    },
    {
      kind: 'group',
      path: 'network',
      children: {
        create: 'network create',
        ls: 'network ls',
        list: 'network ls',
        inspect: 'network inspect',
        rm: 'network rm',
        remove: 'network rm',
        connect: 'network connect',
        disconnect: 'network disconnect',
        prune: 'network prune',
      },
      unmodelled: [],
    },
    {
      kind: 'group',
      path: 'system',
      children: { df: 'system df', info: 'system info', prune: 'system prune' },
      unmodelled: ['events', 'dial-stdio'],
    },
    {
      kind: 'group',
      path: 'builder',
      children: { build: 'builder build', prune: 'builder prune' },
      unmodelled: [],
    },
  ].map((spec) => [spec.path, spec as LeafSpec | GroupSpec]),
);

/** The command at `path`, if the simulator has it. */
export function commandAt(path: string): LeafSpec | GroupSpec | undefined {
  return Object.prototype.hasOwnProperty.call(COMMANDS, path) ? COMMANDS[path] : undefined;
}
