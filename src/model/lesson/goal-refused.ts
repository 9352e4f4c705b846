/**
 * Which API exchanges mean "the daemon refused this command": a `refused` goal names a docker
 * command (`rmi`, `rm`, `volume rm`, …) and is matched on the calls the replay recorded (method,
 * path, an error status), never on the typed text, so `docker image rm nginx` counts as `rmi`.
 */

import type { HostState } from '../engine/state';
import { getContainer } from '../engine/containers/lookup';
import { findImage } from '../engine/images/lookup';
import { fullString, parseNormalizedNamed, withDefaultTag } from '../registry/reference';
import type { ApiExchange } from '../cli/shell/command-record';

/** The calls each refusable command makes: a method and a path pattern (group 1 is the object). */
const REFUSABLE: Record<string, ReadonlyArray<{ method: string; path: RegExp }>> = {
  rmi: [{ method: 'DELETE', path: /^\/images\/(.+)$/ }],
  rm: [{ method: 'DELETE', path: /^\/containers\/([^/]+)$/ }],
  'volume rm': [{ method: 'DELETE', path: /^\/volumes\/(.+)$/ }],
  'network rm': [{ method: 'DELETE', path: /^\/networks\/(.+)$/ }],
  create: [{ method: 'POST', path: /^\/containers\/create$/ }],
  run: [
    { method: 'POST', path: /^\/containers\/create$/ },
    { method: 'POST', path: /^\/containers\/([^/]+)\/start$/ },
  ],
  pull: [{ method: 'POST', path: /^\/images\/create$/ }],
  ...Object.fromEntries(
    ['start', 'stop', 'restart', 'pause', 'unpause', 'kill'].map((verb) => [
      verb,
      [{ method: 'POST', path: new RegExp(`^/containers/([^/]+)/${verb}$`) }],
    ]),
  ),
};

/** Other spellings of the same commands. */
const ALIASES: Record<string, string> = {
  'image rm': 'rmi',
  'image remove': 'rmi',
  'container rm': 'rm',
  'container remove': 'rm',
  'volume remove': 'volume rm',
  'network remove': 'network rm',
  'container create': 'create',
  'container run': 'run',
  'image pull': 'pull',
  ...Object.fromEntries(['start', 'stop', 'restart', 'pause', 'unpause', 'kill'].map((v) => [`container ${v}`, v])),
};

/** Every command name a `refused` goal may use. */
export const REFUSABLE_COMMANDS: readonly string[] = [...Object.keys(REFUSABLE), ...Object.keys(ALIASES)];

/** The canonical name of a refusable command, or undefined if it is not one. */
export function refusableCommand(name: string): string | undefined {
  const key = name.trim().replace(/\s+/g, ' ');
  if (REFUSABLE[key]) return key;
  return ALIASES[key];
}

/** The normalized full form of an image reference (`nginx` → `docker.io/library/nginx:latest`). */
export function normalizeImageRef(text: string): string | undefined {
  const parsed = parseNormalizedNamed(text);
  return parsed.ok ? fullString(withDefaultTag(parsed.ref)) : undefined;
}

/** Whether `text` (typed or from a path) names the same image as `wanted`, now or by its words. */
export function sameImage(host: HostState, text: string, wanted: string): boolean {
  const a = normalizeImageRef(text);
  if (a !== undefined && a === normalizeImageRef(wanted)) return true;
  const x = safeFindImage(host, text);
  return x !== undefined && x === safeFindImage(host, wanted);
}

function safeFindImage(host: HostState, text: string): string | undefined {
  try {
    return findImage(host, text)?.id;
  } catch {
    return undefined;
  }
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Whether one exchange is the daemon refusing `command` (canonical), about `image` if given. */
export function isRefusal(host: HostState, exchange: ApiExchange, command: string, image?: string): boolean {
  if (exchange.status < 400) return false;
  for (const call of REFUSABLE[command] ?? []) {
    if (exchange.method !== call.method) continue;
    const m = call.path.exec(exchange.path);
    if (!m) continue;
    if (image === undefined) return true;
    const requested = requestedImage(exchange);
    if (requested !== undefined && sameImage(host, requested, image)) return true;
    const object = m[1] === undefined ? undefined : decode(m[1]);
    if (object === undefined) continue;
    if (exchange.path.startsWith('/images/') && sameImage(host, object, image)) return true;
    if (exchange.path.startsWith('/containers/') && containerOfImage(host, object, image)) return true;
  }
  return false;
}

/** The image a `POST /containers/create` asked for (its body's `Image`), so a goal can name it. */
function requestedImage(exchange: ApiExchange): string | undefined {
  if (exchange.method !== 'POST' || exchange.path !== '/containers/create') return undefined;
  const image = (exchange.requestBody as { Image?: unknown } | undefined)?.Image;
  return typeof image === 'string' ? image : undefined;
}

/** Whether the container named in a path (still there after a refusal) runs `image`. */
function containerOfImage(host: HostState, idOrName: string, image: string): boolean {
  try {
    const c = getContainer(host, idOrName);
    return c.imageId === safeFindImage(host, image) || sameImage(host, c.imageRef, image);
  } catch {
    return false;
  }
}
