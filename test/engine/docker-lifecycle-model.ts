/**
 * An abstract model of Docker's container lifecycle, written as a plain table from moby's
 * container/state.go (the flags and `StateString`), daemon/{start,stop,restart,kill,pause,unpause,
 * delete}.go and the fidelity reference (§10, §10.1): never from the simulator's statechart, so the
 * statechart can be checked against it. A state is the `State.Status` Docker shows, or `removed`.
 */

/** `State.Status` as moby's `StateString` derives it, and `removed` once the container is gone. */
export type DockerStatus = 'created' | 'running' | 'paused' | 'restarting' | 'exited' | 'dead' | 'removing' | 'removed';

/** What a user asks of a container (the API calls behind `docker start`, `stop`, ...). */
export type DockerOperation = 'start' | 'stop' | 'restart' | 'kill' | 'pause' | 'unpause' | 'rm' | 'rm -f';

/** What happens to a container by itself. */
export type DockerHappening =
  /** The main process ends (only a running, unfrozen process can). */
  | 'process exits'
  /** The daemon finishes deleting a container it marked for removal. */
  | 'removal finishes'
  /** Deleting fails halfway: moby keeps the container marked Dead (delete.go, `SetRemovalError`). */
  | 'removal fails'
  /** A restart policy's delay is over and the daemon starts the container again (daemon/monitor.go). */
  | 'policy restarts';

/** Either kind of step. */
export type DockerStep = DockerOperation | DockerHappening;

/** The operations, in the order the CLI documents them. */
export const DOCKER_OPERATIONS: readonly DockerOperation[] = [
  'start',
  'stop',
  'restart',
  'kill',
  'pause',
  'unpause',
  'rm',
  'rm -f',
];

/** Docker's answer to an operation it does not carry out. */
export interface DockerRefusal {
  status: number;
  /** The daemon's message; `{id}` is the full container ID, `{name}` the name the user typed. */
  message?: string;
}

/** An operation's outcome: a new state, or a refusal that changes nothing. */
export type DockerOutcome = { to: DockerStatus } | { refused: DockerRefusal };

const to = (status: DockerStatus): DockerOutcome => ({ to: status });
const refused = (status: number, message?: string): DockerOutcome => ({ refused: { status, message } });

// The refusals, as the daemon words them (fidelity §10).
const NOT_MODIFIED = refused(304);
const NOT_RUNNING = refused(409, 'container {id} is not running');
const KILL_NOT_RUNNING = refused(409, 'cannot kill container: {name}: container {id} is not running');
const NOT_PAUSED = refused(500, 'Container {id} is not paused');
const MARKED = refused(409, 'container is marked for removal and cannot be started');
const RESTART_MARKED = refused(
  409,
  'Cannot restart container {name}: container is marked for removal and cannot be started',
);
const IN_PROGRESS = refused(409, 'removal of container {name} is already in progress');
const cannotRemove = (why: string) => refused(409, `cannot remove container "{name}": container is ${why}`);

/** A container that is not running: never started (`created`) or ended (`exited`); moby treats both alike. */
const STOPPED: Partial<Record<DockerStep, DockerOutcome>> = {
  start: to('running'),
  stop: NOT_MODIFIED,
  restart: to('running'),
  kill: KILL_NOT_RUNNING,
  pause: NOT_RUNNING,
  unpause: NOT_PAUSED,
  rm: to('removing'),
  'rm -f': to('removing'),
};

/**
 * The lifecycle, state by state. A step that is missing cannot happen in that state (a frozen
 * process cannot exit; nothing is left to remove once removal is done).
 */
export const DOCKER_LIFECYCLE: Record<DockerStatus, Partial<Record<DockerStep, DockerOutcome>>> = {
  created: STOPPED,
  running: {
    start: NOT_MODIFIED,
    stop: to('exited'),
    restart: to('running'),
    kill: to('exited'),
    pause: to('paused'),
    unpause: NOT_PAUSED,
    rm: cannotRemove('running: stop the container before removing or force remove'),
    'rm -f': to('removing'),
    'process exits': to('exited'),
  },
  // Running and Paused are both set: the freezer cgroup suspends a process that still runs.
  paused: {
    start: refused(409, 'cannot start a paused container, try unpause instead'),
    stop: to('exited'),
    restart: to('running'),
    kill: to('exited'),
    pause: refused(409, 'Container {id} is already paused'),
    unpause: to('running'),
    rm: cannotRemove('paused and must be unpaused first'),
    'rm -f': to('removing'),
  },
  // Running and Restarting are both set while the policy waits: "running" to start, stop and rm;
  // there is no process, so nothing can exit. Kill cancels the restart, and the container stops.
  restarting: {
    start: NOT_MODIFIED,
    stop: to('exited'),
    restart: to('running'),
    kill: to('exited'),
    pause: refused(409, 'Container {id} is restarting, wait until the container is running'),
    unpause: NOT_PAUSED,
    rm: cannotRemove('restarting: stop the container before removing or force remove'),
    'rm -f': to('removing'),
    'policy restarts': to('running'),
  },
  exited: STOPPED,
  dead: {
    start: MARKED,
    stop: NOT_MODIFIED,
    restart: RESTART_MARKED,
    kill: KILL_NOT_RUNNING,
    pause: NOT_RUNNING,
    unpause: NOT_PAUSED,
    rm: to('removing'),
    'rm -f': to('removing'),
  },
  removing: {
    start: MARKED,
    stop: NOT_MODIFIED,
    restart: RESTART_MARKED,
    kill: KILL_NOT_RUNNING,
    pause: NOT_RUNNING,
    unpause: NOT_PAUSED,
    rm: IN_PROGRESS,
    'rm -f': IN_PROGRESS,
    'removal finishes': to('removed'),
    'removal fails': to('dead'),
  },
  removed: {},
};

/** The outcome of `step` in `status`, or `undefined` where it cannot happen. */
export function dockerOutcome(status: DockerStatus, step: DockerStep): DockerOutcome | undefined {
  return DOCKER_LIFECYCLE[status][step];
}

/** A refusal's message for a container `name` with the full ID `id`. */
export function refusalMessage(refusal: DockerRefusal, id: string, name: string): string | undefined {
  return refusal.message?.replaceAll('{id}', id).replaceAll('{name}', name);
}
