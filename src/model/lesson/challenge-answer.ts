/**
 * A challenge question's answer, computed from the world when the learner checks (never written in
 * the file), and the lenient comparison: spaces trimmed, hex in any case, `sha256:` optional, an ID
 * as its short form (12 hex) or longer, a port with or without its address, a size in bytes or
 * docker's units.
 */

import { defaultHost } from '../world/world-base';
import type { ContainerRecord, HostState } from '../engine/state';
import { imageNamed } from './goals';
import type { AnswerQuery, ChallengeQuestion } from './scenario-challenge';
import type { LessonWorld } from './lesson-replay';

/** The answer of a question in this world, or why the world has none (English, for the page's detail). */
export type Expected = { ok: true; shown: string; accepts: (typed: string) => boolean } | { ok: false; why: string };

/** The outcome of the learner's answer. */
export interface AnswerResult {
  correct: boolean;
  /** English, for tests and authors: what the world holds or lacks. */
  detail: string;
}

/** The shortest ID prefix accepted (docker's short IDs). */
export const SHORT_ID = 12;

const hex = (id: string): string => id.replace(/^sha256:/, '').toLowerCase();

/** Whether `typed` names one of the full IDs: its short form or longer, any case, `sha256:` optional. */
export function matchesId(typed: string, ids: readonly string[]): boolean {
  const t = hex(typed.trim());
  return /^[0-9a-f]+$/.test(t) && t.length >= SHORT_ID && ids.some((id) => hex(id).startsWith(t));
}

function containerNamed(host: HostState, name: string): ContainerRecord | undefined {
  const id = host.names[`/${name}`];
  return id === undefined ? undefined : host.containers[id];
}

const exact =
  (value: string) =>
  (typed: string): boolean =>
    typed.trim() === value;

const ok = (shown: string, accepts: (typed: string) => boolean): Expected => ({ ok: true, shown, accepts });
const none = (why: string): Expected => ({ ok: false, why });

/** A size as docker reads it (`100m`, `100MiB`, `104857600`): bytes, binary units. */
function bytesOf(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?$/i.exec(text.trim());
  if (!m) return undefined;
  const unit = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2].toLowerCase()] ?? 1;
  return Math.round(Number(m[1]) * unit);
}

/** The port part of `8080`, `8080/tcp`, `0.0.0.0:8080`, `[::]:8080`. */
function portOf(text: string): string | undefined {
  return /^(?:\d{1,3}(?:\.\d{1,3}){3}:|\[::\]:|:::?)?(\d{1,5})(?:\/(?:tcp|udp))?$/i.exec(text.trim())?.[1];
}

/** The expected answer of a query in this world. */
export function expectedAnswer(query: AnswerQuery, lw: LessonWorld): Expected {
  const host = defaultHost(lw.world);
  const container = (name: string) => containerNamed(host, name);
  if ('imageId' in query) {
    const image = imageNamed(host, query.imageId);
    if (!image) return none(`no image ${query.imageId}`);
    return ok(image.id, (t) => matchesId(t, [image.id]));
  }
  if ('sharedLayer' in query) {
    const images = query.sharedLayer.map((ref) => [ref, imageNamed(host, ref)] as const);
    const missing = images.filter(([, i]) => !i).map(([ref]) => ref);
    if (missing.length) return none(`no image ${missing.join(', ')}`);
    const [first, ...rest] = images.map(([, i]) => i!.layers);
    const shared = first.filter((chain) => rest.every((layers) => layers.includes(chain)));
    if (!shared.length) return none(`images ${query.sharedLayer.join(', ')} share no layer`);
    const ids = shared.flatMap((chain) => {
      const layer = host.layers[chain];
      return layer ? [layer.chainId, layer.diffId, layer.blobDigest] : [chain];
    });
    return ok(host.layers[shared[0]]?.blobDigest ?? shared[0], (t) => matchesId(t, ids));
  }
  const name =
    'containerIp' in query
      ? query.containerIp.container
      : 'publishedPort' in query
        ? query.publishedPort.container
        : 'containerEnv' in query
          ? query.containerEnv.container
          : 'containerId' in query
            ? query.containerId
            : 'lastLogLine' in query
              ? query.lastLogLine
              : query.memoryLimit;
  const c = container(name);
  if (!c) return none(`no container named ${name}`);
  if ('containerId' in query) return ok(c.id, (t) => matchesId(t, [c.id]));
  if ('containerIp' in query) {
    const wanted = query.containerIp.network;
    const endpoint = wanted ? c.networks[wanted] : Object.values(c.networks)[0];
    if (!endpoint?.ipAddress) return none(`container ${name} has no IP address${wanted ? ` on ${wanted}` : ''}`);
    return ok(endpoint.ipAddress, exact(endpoint.ipAddress));
  }
  if ('publishedPort' in query) {
    const [port, proto = 'tcp'] = query.publishedPort.port.split('/');
    const hostPorts = c.publishedPorts.filter((p) => p.port === port && p.proto === proto).map((p) => p.hostPort);
    if (!hostPorts.length) return none(`container ${name} does not publish ${port}/${proto}`);
    return ok(hostPorts[0], (t) => hostPorts.includes(portOf(t) ?? ''));
  }
  if ('containerEnv' in query) {
    const prefix = `${query.containerEnv.name}=`;
    const entry = (c.config.Env ?? []).find((e) => e.startsWith(prefix));
    if (entry === undefined) return none(`container ${name} has no variable ${query.containerEnv.name}`);
    return ok(entry.slice(prefix.length), exact(entry.slice(prefix.length)));
  }
  if ('lastLogLine' in query) {
    const lines = c.logs
      .map((l) => l.text)
      .join('')
      .split(/\r?\n/)
      .filter((l) => l.trim() !== '');
    if (!lines.length) return none(`container ${name} has printed nothing`);
    const last = lines[lines.length - 1].trim();
    return ok(last, exact(last));
  }
  const memory = c.hostConfig.Memory ?? 0;
  if (!memory) return none(`container ${name} has no memory limit`);
  return ok(String(memory), (t) => bytesOf(t) === memory);
}

/** Checks the learner's answer to a question against the world now. */
export function checkAnswer(question: ChallengeQuestion, typed: string, lw: LessonWorld): AnswerResult {
  const expected = expectedAnswer(question.answer, lw);
  if (!expected.ok) return { correct: false, detail: expected.why };
  if (typed.trim() === '') return { correct: false, detail: 'no answer typed' };
  const correct = expected.accepts(typed);
  return { correct, detail: correct ? `'${typed.trim()}' is right` : `'${typed.trim()}' is not ${expected.shown}` };
}
