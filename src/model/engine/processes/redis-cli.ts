/**
 * redis-cli talking to the redis-server of its own container: the string commands a course uses
 * (PING, SET, GET, DEL, EXISTS, KEYS, INCR, DECR, APPEND, DBSIZE, FLUSHALL, ECHO, INFO server),
 * with redis-cli's two reply formats (redis-cli.c cliFormatReplyTTY for a terminal: `"value"`,
 * `(integer) 1`, `(nil)`, `1) "k"`; cliFormatReplyRaw otherwise). The keys live in the
 * container's memory store, so a GET in a later `docker exec` finds what SET wrote.
 */

import { exitsNow, stderr, type OutputLine, type Program, type ProcessContext, type ProgramSession } from './program';
import type { ContainerFs } from './container-fs';
import { notSimulated, serverRuns, splitArgs } from './clients-common';
import { patternRegExp } from './sh/expand';
import { redisVersion } from './servers';

type Reply =
  | { type: 'status'; text: string }
  | { type: 'error'; text: string }
  | { type: 'integer'; value: number }
  | { type: 'bulk'; text: string | null }
  | { type: 'array'; items: string[] };

const PREFIX = 'redis/';
const PROMPT = '127.0.0.1:6379> ';
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost']);

/** `redis-cli [-h host] [-p port] [command…]`: one command, or an interactive prompt when none is given. */
export function redisCli(args: string[], ctx: ProcessContext, fs: ContainerFs): Program {
  let raw = !ctx.tty;
  let host = '127.0.0.1';
  const command: string[] = [];
  for (let k = 0; k < args.length; k++) {
    const a = args[k];
    if (command.length === 0 && (a === '-h' || a === '-p' || a === '-a' || a === '-n')) {
      if (a === '-h') host = args[k + 1] ?? host;
      k++;
    } else if (command.length === 0 && a === '--raw') raw = true;
    else if (command.length === 0 && a === '--no-raw') raw = false;
    else command.push(a);
  }
  if (!LOCAL_HOSTS.has(host)) return notSimulated(`redis-cli to another container (${host})`);
  if (!serverRuns(ctx, 'redis-server'))
    return command.length > 0
      ? exitsNow(1, stderr('Could not connect to Redis at 127.0.0.1:6379: Connection refused'))
      : exitsNow(0, [{ stream: 'stdout', text: 'not connected> ', partial: true }]);
  if (command.length === 0) {
    const session: ProgramSession = { program: 'redis-cli', prompt: PROMPT, tty: ctx.tty };
    return { kind: 'serves', output: promptLine(), rwBytes: 0, stopSignals: ['SIGINT', 'SIGTERM'], session };
  }
  const reply = execute(command, ctx, fs);
  return exitsNow(reply.type === 'error' && raw ? 1 : 0, format(reply, raw));
}

function promptLine(): OutputLine[] {
  return [{ stream: 'stdout', text: PROMPT, partial: true }];
}

/** One line typed at the `127.0.0.1:6379> ` prompt; `quit` and `exit` leave. */
export function redisCliLine(
  session: ProgramSession,
  line: string,
  ctx: ProcessContext,
  fs: ContainerFs,
): { output: OutputLine[]; quit: boolean } {
  const args = splitArgs(line.trim());
  if (args === null)
    return { output: [{ stream: 'stdout', text: 'Invalid argument(s)' }, ...promptLine()], quit: false };
  if (args.length === 0) return { output: promptLine(), quit: false };
  if (/^(quit|exit)$/i.test(args[0])) return { output: [], quit: true };
  return { output: [...format(execute(args, ctx, fs), !session.tty), ...promptLine()], quit: false };
}

const ARITY: Record<string, number> = {
  ping: -1,
  echo: 2,
  set: -3,
  get: 2,
  del: -2,
  exists: -2,
  keys: 2,
  incr: 2,
  decr: 2,
  append: 3,
  dbsize: 1,
  flushall: -1,
  info: -1,
};

function execute(args: string[], ctx: ProcessContext, fs: ContainerFs): Reply {
  const name = args[0].toLowerCase();
  const arity = ARITY[name];
  if (arity === undefined) {
    const rest = args
      .slice(1)
      .map((a) => `'${a}' `)
      .join('');
    return { type: 'error', text: `ERR unknown command '${args[0]}', with args beginning with: ${rest}` };
  }
  if (arity > 0 ? args.length !== arity : args.length < -arity)
    return { type: 'error', text: `ERR wrong number of arguments for '${name}' command` };
  const memory = fs.memory();
  const get = (key: string) => memory[PREFIX + key];
  const keys = () =>
    Object.keys(memory)
      .filter((k) => k.startsWith(PREFIX))
      .map((k) => k.slice(PREFIX.length));
  switch (name) {
    case 'ping':
      return args[1] !== undefined ? { type: 'bulk', text: args[1] } : { type: 'status', text: 'PONG' };
    case 'echo':
      return { type: 'bulk', text: args[1] };
    case 'set':
      fs.setMemory(PREFIX + args[1], args[2]);
      return { type: 'status', text: 'OK' };
    case 'get':
      return { type: 'bulk', text: get(args[1]) ?? null };
    case 'del':
    case 'exists': {
      let count = 0;
      for (const key of args.slice(1)) {
        if (get(key) === undefined) continue;
        count++;
        if (name === 'del') fs.setMemory(PREFIX + key, undefined);
      }
      return { type: 'integer', value: count };
    }
    case 'keys': {
      const re = patternRegExp(args[1]);
      return { type: 'array', items: keys().filter((k) => re.test(k)) };
    }
    case 'incr':
    case 'decr': {
      const before = get(args[1]) ?? '0';
      if (!/^-?\d+$/.test(before)) return { type: 'error', text: 'ERR value is not an integer or out of range' };
      const value = Number(before) + (name === 'incr' ? 1 : -1);
      fs.setMemory(PREFIX + args[1], String(value));
      return { type: 'integer', value };
    }
    case 'append': {
      const value = (get(args[1]) ?? '') + args[2];
      fs.setMemory(PREFIX + args[1], value);
      return { type: 'integer', value: value.length };
    }
    case 'dbsize':
      return { type: 'integer', value: keys().length };
    case 'flushall':
      for (const key of keys()) fs.setMemory(PREFIX + key, undefined);
      return { type: 'status', text: 'OK' };
    default:
      return { type: 'bulk', text: info(ctx) };
  }
}

// The first lines of INFO's server section (redis's genRedisInfoString); the build details are not modelled.
function info(ctx: ProcessContext): string {
  return [
    '# Server',
    `redis_version:${redisVersion(ctx)}`,
    'redis_git_sha1:00000000',
    'redis_git_dirty:0',
    'redis_mode:standalone',
    `os:Linux ${ctx.kernelVersion} x86_64`,
    'arch_bits:64',
    'process_id:1',
    'tcp_port:6379',
    'executable:/data/redis-server',
    'config_file:',
  ].join('\n');
}

/** A reply as redis-cli prints it: for a terminal (TTY) or raw. */
function format(reply: Reply, raw: boolean): OutputLine[] {
  const out = (...lines: string[]): OutputLine[] => lines.map((text) => ({ stream: 'stdout', text }));
  switch (reply.type) {
    case 'status':
      return out(reply.text);
    case 'error':
      return out(raw ? reply.text : `(error) ${reply.text}`);
    case 'integer':
      return out(raw ? String(reply.value) : `(integer) ${reply.value}`);
    case 'bulk':
      if (reply.text === null) return out(raw ? '' : '(nil)');
      return raw || reply.text.includes('\n') ? out(...reply.text.split('\n')) : out(JSON.stringify(reply.text));
    case 'array':
      if (raw) return out(...reply.items);
      if (reply.items.length === 0) return out('(empty array)');
      return out(...reply.items.map((item, k) => `${k + 1}) ${JSON.stringify(item)}`));
  }
}
