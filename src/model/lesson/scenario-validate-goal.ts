/**
 * Checks one goal of a step: a map with exactly one goal kind, in the shape the format gives it
 * (see scenario.ts); image references must parse as docker parses them, names as docker allows.
 */

import { isMap, isScalar, type Node } from 'yaml';
import { parseNormalizedNamed } from '../registry/reference';
import { GOAL_KINDS, GOAL_STATES, HOST_GOAL_KINDS, type Goal, type HostGoal } from './scenario';
import { REFUSABLE_COMMANDS, refusableCommand } from './goal-refused';
import {
  childPath,
  didYouMean,
  fail,
  optional,
  readChoice,
  readInteger,
  readList,
  readMap,
  readPattern,
  readText,
  report,
  type ReadContext,
  type Slot,
} from './scenario-reader';

/** Docker's rule for container and volume names (moby's validContainerNamePattern). */
export const DOCKER_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;
// A relative path of plain names: no leading or doubled slash, no `.` or `..` parts.
const VOLUME_FILE = /^(?!\.\.?(\/|$))[^/\s]+(\/(?!\.\.?(\/|$))[^/\s]+)*$/;
const DOCKER_NAME_WORDS = 'a docker name ([a-zA-Z0-9][a-zA-Z0-9_.-]+, at least 2 characters)';

/** A published port pair as `-p` writes it (host port, container port, optional protocol). */
export const PORT_PAIR = /^\d{1,5}:\d{1,5}(\/(tcp|udp))?$/;
/** A size as `--memory` takes it: bytes, or k, m, g (binary units). */
export const MEMORY_SIZE = /^\d+[bkmg]?$/i;

/** An image reference, as `docker pull` would accept it. */
export function readImageRef(ctx: ReadContext, slot: Slot): string | undefined {
  const text = readText(ctx, slot, { singleLine: true });
  if (text === undefined) return undefined;
  const parsed = parseNormalizedNamed(text);
  if (!parsed.ok) return fail(ctx, slot, `'${text}' is not a valid image reference: ${parsed.error}`);
  return text;
}

/** A container or volume name. */
export function readDockerName(ctx: ReadContext, slot: Slot): string | undefined {
  return readPattern(ctx, slot, DOCKER_NAME, DOCKER_NAME_WORDS);
}

/** A network name: one word of text. */
function readNetworkName(ctx: ReadContext, slot: Slot): string | undefined {
  return readPattern(ctx, slot, /^\S+$/, 'a network name (one word)');
}

/** Reads one goal; reports and returns undefined when it is malformed. */
export function readGoal(ctx: ReadContext, slot: Slot): HostGoal | undefined {
  const node = slot.node;
  if (!node || !isMap(node))
    return fail(
      ctx,
      slot,
      `must be a goal, a map with one of ${GOAL_KINDS.join(', ')}; got ${node ? 'a list or text' : 'nothing'}`,
    );
  const allKeys = node.items.map((p) => (isScalar(p.key) ? String(p.key.value) : '?'));
  // `host` may stand beside a goal about a host's images, containers, volumes or networks.
  const keys = allKeys.length > 1 ? allKeys.filter((k) => k !== 'host') : allKeys;
  if (keys.length !== 1) {
    const got = keys.length === 0 ? 'none' : `${keys.length} (${keys.join(', ')})`;
    return fail(ctx, slot, `a goal has exactly one kind (one of ${GOAL_KINDS.join(', ')}); got ${got}`);
  }
  const kind = keys[0];
  if (!(GOAL_KINDS as readonly string[]).includes(kind)) {
    const hint = didYouMean(kind, GOAL_KINDS);
    report(
      ctx,
      node.items[0].key as Node,
      childPath(slot.path, kind),
      `unknown goal '${kind}'${hint || `; a goal is one of ${GOAL_KINDS.join(', ')}`}`,
    );
    return undefined;
  }
  const onHost = allKeys.includes('host') && keys.length === 1;
  if (onHost && !HOST_GOAL_KINDS.includes(kind)) {
    report(ctx, node, childPath(slot.path, 'host'), `'host' goes with a goal of ${HOST_GOAL_KINDS.join(', ')}`);
    return undefined;
  }
  const fields = readMap(ctx, slot, { required: [kind], optional: onHost ? ['host'] : [] });
  const value = fields?.get(kind);
  if (!value) return undefined;
  const goal = readGoalValue(ctx, kind, value);
  const host = onHost ? optional(fields!, 'host', (s) => readPattern(ctx, s, DOCKER_HOSTNAME, 'a host name')) : '';
  if (!goal || host === undefined) return undefined;
  return host ? { ...goal, host } : goal;
}

// A host name as the world names hosts (docker-host, server-2).
const DOCKER_HOSTNAME = /^[a-z0-9][a-z0-9.-]*$/;

function readGoalValue(ctx: ReadContext, kind: string, slot: Slot): Goal | undefined {
  switch (kind) {
    case 'image': {
      const image = readImageRef(ctx, slot);
      return image === undefined ? undefined : { image };
    }
    case 'noImage': {
      const noImage = readImageRef(ctx, slot);
      return noImage === undefined ? undefined : { noImage };
    }
    case 'containers': {
      const f = readMap(ctx, slot, { required: ['image'], optional: ['count', 'min', 'state'] });
      if (!f) return undefined;
      if (f.has('count') && f.has('min'))
        report(ctx, f.get('min')!.anchor, f.get('min')!.path, "give either 'count' or 'min', not both");
      const value = {
        image: optional(f, 'image', (s) => readImageRef(ctx, s)),
        count: optional(f, 'count', (s) => readInteger(ctx, s, 0, 1000)),
        min: optional(f, 'min', (s) => readInteger(ctx, s, 0, 1000)),
        state: optional(f, 'state', (s) => readChoice(ctx, s, GOAL_STATES)),
      };
      return { containers: clean(value) as { image: string } };
    }
    case 'container': {
      const f = readMap(ctx, slot, { required: ['name'], optional: ['state', 'ports', 'memory'] });
      if (!f) return undefined;
      const value = {
        name: optional(f, 'name', (s) => readDockerName(ctx, s)),
        state: optional(f, 'state', (s) => readChoice(ctx, s, GOAL_STATES)),
        ports: optional(f, 'ports', (s) => {
          const items = readList(ctx, s, "a list of published ports as -p writes them ('8080:80')");
          const ports = items?.map((p) => readPattern(ctx, p, PORT_PAIR, "a published port ('8080:80', '53:53/udp')"));
          return ports?.every((p) => p !== undefined) ? (ports as string[]) : undefined;
        }),
        memory: optional(f, 'memory', (s) =>
          readPattern(ctx, s, MEMORY_SIZE, "a memory size as --memory takes it ('64m')"),
        ),
      };
      return { container: clean(value) as { name: string } };
    }
    case 'noContainer': {
      const noContainer = readDockerName(ctx, slot);
      return noContainer === undefined ? undefined : { noContainer };
    }
    case 'volume': {
      const f = readMap(ctx, slot, { required: ['name'], optional: ['usedBy', 'file', 'contains'] });
      if (!f) return undefined;
      if (f.has('contains') && !f.has('file'))
        report(
          ctx,
          f.get('contains')!.anchor,
          f.get('contains')!.path,
          "'contains' needs 'file', the file in the volume to look in",
        );
      const value = {
        name: optional(f, 'name', (s) => readDockerName(ctx, s)),
        usedBy: optional(f, 'usedBy', (s) => readInteger(ctx, s, 0, 1000)),
        file: optional(f, 'file', (s) =>
          readPattern(ctx, s, VOLUME_FILE, 'a path inside the volume, without a leading slash (greeting, logs/today)'),
        ),
        contains: optional(f, 'contains', (s) => readText(ctx, s, { singleLine: true })),
      };
      return { volume: clean(value) as { name: string } };
    }
    case 'network': {
      const f = readMap(ctx, slot, { required: ['name'], optional: ['containers'] });
      if (!f) return undefined;
      const containers = optional(f, 'containers', (s) =>
        readList(ctx, s, 'a list of container names')?.map((item) => readDockerName(ctx, item)),
      );
      const value = {
        name: optional(f, 'name', (s) => readNetworkName(ctx, s)),
        containers: containers as string[] | undefined,
      };
      return { network: clean(value) as { name: string } };
    }
    case 'daemon': {
      const daemon = readChoice(ctx, slot, ['running', 'stopped'] as const);
      return daemon === undefined ? undefined : { daemon };
    }
    case 'refused': {
      const f = readMap(ctx, slot, { required: ['command'], optional: ['image'] });
      if (!f) return undefined;
      const command = optional(f, 'command', (s) => {
        const text = readText(ctx, s, { singleLine: true });
        if (text === undefined) return undefined;
        if (refusableCommand(text)) return text;
        return fail(
          ctx,
          s,
          `must be a docker command the daemon can refuse (` +
            `${REFUSABLE_COMMANDS.filter((c) => refusableCommand(c) === c).join(', ')}, or a long form such as ` +
            `'image rm'); got '${text}'${didYouMean(text, REFUSABLE_COMMANDS)}`,
        );
      });
      const value = { command, image: optional(f, 'image', (s) => readImageRef(ctx, s)) };
      return { refused: clean(value) as { command: string } };
    }
    case 'pushed': {
      const pushed = readImageRef(ctx, slot);
      return pushed === undefined ? undefined : { pushed };
    }
    case 'built': {
      const f = readMap(ctx, slot, { required: ['image'], optional: ['cached', 'ran'] });
      if (!f) return undefined;
      const value = {
        image: optional(f, 'image', (s) => readImageRef(ctx, s)),
        cached: optional(f, 'cached', (s) => readInteger(ctx, s, 0, 1000)),
        ran: optional(f, 'ran', (s) => readInteger(ctx, s, 0, 1000)),
      };
      return { built: clean(value) as { image: string } };
    }
    case 'file': {
      const f = readMap(ctx, slot, { required: ['path'], optional: ['contains'] });
      if (!f) return undefined;
      const value = {
        path: optional(f, 'path', (s) => readPattern(ctx, s, /^\S+$/, 'a file path (app/Dockerfile)')),
        contains: optional(f, 'contains', (s) => readText(ctx, s, { singleLine: true })),
      };
      return { file: clean(value) as { path: string } };
    }
    default: {
      const f = readMap(ctx, slot, { required: ['message'] });
      if (!f) return undefined;
      const message = optional(f, 'message', (s) => readText(ctx, s, { singleLine: true }));
      return { failed: { message: message as string } };
    }
  }
}

/** The object without its undefined fields, so parsed goals compare and serialize cleanly. */
export function clean<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
