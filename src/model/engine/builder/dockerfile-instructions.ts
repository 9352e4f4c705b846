/**
 * From parser nodes to typed instructions, as BuildKit's instructions package does (moby/buildkit
 * v0.22.0 frontend/dockerfile/instructions/parse.go): each instruction's argument count, flags and
 * forms checked, with its own error text (`FROM requires either one or three arguments`); the
 * caller prefixes `dockerfile parse error on line N: `.
 */

import type { DockerfileInstruction } from './dockerfile';
import type { DockerfileNode } from './dockerfile-line-parsers';
import { parseFlags, type FlagKind, type ParsedFlags } from './dockerfile-flags';
import { parseHeredoc } from './dockerfile-lines';
import { parseGoDuration } from './go-duration';
import { suggestMatch } from './suggest';

/** Every instruction BuildKit knows (command.Commands), upper case. */
export const INSTRUCTION_NAMES = [
  'ADD',
  'ARG',
  'CMD',
  'COPY',
  'ENTRYPOINT',
  'ENV',
  'EXPOSE',
  'FROM',
  'HEALTHCHECK',
  'LABEL',
  'MAINTAINER',
  'ONBUILD',
  'RUN',
  'SHELL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR',
];

const VALID_STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;
const NETWORKS = new Set(['default', 'none', 'host']);

const atLeastOne = (c: string) => new Error(`${c} requires at least one argument`);
const exactlyOne = (c: string) => new Error(`${c} requires exactly one argument`);
const noDestination = (c: string) =>
  new Error(`${c} requires at least two arguments, but only one was provided. Destination could not be determined`);
const blankNames = (c: string) => new Error(`${c} names can not be blank`);

function base(node: DockerfileNode, flags: ParsedFlags, args: string[] = node.args): DockerfileInstruction {
  const ins: DockerfileInstruction = {
    keyword: node.value.toUpperCase(),
    written: node.value,
    startLine: node.startLine,
    endLine: node.endLine,
    original: node.original,
    flags: flags.values,
    args,
    json: node.json,
  };
  if (Object.keys(flags.lists).length) ins.flagLists = flags.lists;
  if (node.heredocs.length) ins.heredocs = node.heredocs.map((h) => ({ ...h }));
  if (node.comments.length) ins.comments = [...node.comments];
  return ins;
}

const flags = (node: DockerfileNode, declared: Record<string, FlagKind> = {}) => parseFlags(node.flags, declared);

function keyValues(node: DockerfileNode, name: string): DockerfileInstruction {
  const f = flags(node);
  if (node.args.length === 0) throw atLeastOne(name);
  if (node.args.length % 3 !== 0) throw new Error(`Bad input to ${name}, too many arguments`);
  const pairs: NonNullable<DockerfileInstruction['pairs']> = [];
  for (let j = 0; j < node.args.length; j += 3) {
    if (node.args[j].length === 0) throw blankNames(name);
    pairs.push({ key: node.args[j], value: node.args[j + 1], noDelim: node.args[j + 2] === '' });
  }
  return {
    ...base(
      node,
      f,
      pairs.map((p) => `${p.key}=${p.value}`),
    ),
    pairs,
  };
}

function sourcesAndDest(node: DockerfileNode, name: string, f: ParsedFlags): DockerfileInstruction {
  const dest = node.args[node.args.length - 1];
  if (parseHeredoc(dest)) throw new Error(`${name} cannot accept a heredoc as a destination`);
  const byName = new Map(node.heredocs.map((h) => [h.name, h]));
  const sources: string[] = [];
  const sourceContents: NonNullable<DockerfileInstruction['sourceContents']> = [];
  for (const src of node.args.slice(0, -1)) {
    const doc = parseHeredoc(src);
    if (doc) {
      let data = byName.get(doc.name)?.content ?? '';
      if (doc.chomp) data = data.replace(/^\t+/gm, '');
      sourceContents.push({ path: doc.name, data, expand: doc.expand });
    } else sources.push(src);
  }
  return { ...base(node, f), sources, sourceContents, dest };
}

function duration(f: ParsedFlags, name: string): number | undefined {
  const s = f.values[name];
  if (!s) return undefined;
  const d = parseGoDuration(s);
  if (!d.ok) throw new Error(d.error);
  if (d.ns === 0) return undefined;
  if (d.ns < 1e6) throw new Error(`Interval "${name}" cannot be less than 1ms`);
  return d.ns;
}

function healthcheck(node: DockerfileNode): DockerfileInstruction {
  if (node.args.length === 0) throw atLeastOne('HEALTHCHECK');
  const typ = node.args[0].toUpperCase();
  const rest = node.args.slice(1);
  if (typ === 'NONE') {
    if (rest.length !== 0) throw new Error('HEALTHCHECK NONE takes no arguments');
    return { ...base(node, { values: {}, lists: {} }), healthcheck: { test: ['NONE'] } };
  }
  const f = flags(node, {
    interval: 'string',
    timeout: 'string',
    'start-period': 'string',
    'start-interval': 'string',
    retries: 'string',
  });
  if (typ !== 'CMD') throw new Error(`Unknown type "${typ}" in HEALTHCHECK (try CMD)`);
  if (rest.length === 0) throw new Error('Missing command after HEALTHCHECK CMD');
  const test = [node.json ? 'CMD' : 'CMD-SHELL', ...rest];
  const hc: NonNullable<DockerfileInstruction['healthcheck']> = { test };
  const interval = duration(f, 'interval');
  const timeout = duration(f, 'timeout');
  const startPeriod = duration(f, 'start-period');
  const startInterval = duration(f, 'start-interval');
  if (interval !== undefined) hc.interval = interval;
  if (timeout !== undefined) hc.timeout = timeout;
  if (startPeriod !== undefined) hc.startPeriod = startPeriod;
  if (startInterval !== undefined) hc.startInterval = startInterval;
  const retries = f.values.retries;
  if (retries) {
    // strconv.ParseInt(s, 10, 32).
    if (!/^[+-]?\d+$/.test(retries)) throw new Error(`strconv.ParseInt: parsing "${retries}": invalid syntax`);
    const n = Number(retries);
    if (n > 2147483647 || n < -2147483648) {
      throw new Error(`strconv.ParseInt: parsing "${retries}": value out of range`);
    }
    if (n < 0) throw new Error(`--retries cannot be negative (${n})`);
    hc.retries = n;
  }
  return { ...base(node, f), healthcheck: hc };
}

function onbuild(node: DockerfileNode): DockerfileInstruction {
  if (node.args.length === 0) throw atLeastOne('ONBUILD');
  const f = flags(node);
  const trigger = node.args[0].trim().toUpperCase();
  if (trigger === 'ONBUILD') throw new Error("Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed");
  if (trigger === 'MAINTAINER' || trigger === 'FROM') throw new Error(`${trigger} isn't allowed as an ONBUILD trigger`);
  let expression = node.original.replace(/^\s*ONBUILD\s*/i, '');
  for (const h of node.heredocs) expression += `\n${h.content}${h.name}`;
  return { ...base(node, f), trigger: expression };
}

/** Turns one node into an instruction, or throws BuildKit's error for it (ParseInstructionWithLinter). */
export function instructionFromNode(node: DockerfileNode): DockerfileInstruction {
  const args = node.args;
  switch (node.value.toLowerCase()) {
    case 'env':
      return keyValues(node, 'ENV');
    case 'label':
      return keyValues(node, 'LABEL');
    case 'maintainer': {
      if (args.length !== 1) throw exactlyOne('MAINTAINER');
      return base(node, flags(node));
    }
    case 'add': {
      if (args.length < 2) throw noDestination('ADD');
      const f = flags(node, {
        chown: 'string',
        chmod: 'string',
        link: 'bool',
        'keep-git-dir': 'bool',
        checksum: 'string',
      });
      return sourcesAndDest(node, 'ADD', f);
    }
    case 'copy': {
      if (args.length < 2) throw noDestination('COPY');
      const f = flags(node, { chown: 'string', from: 'string', chmod: 'string', link: 'bool' });
      return sourcesAndDest(node, 'COPY', f);
    }
    case 'from': {
      if (args.length === 3 && args[1].toLowerCase() === 'as') {
        if (!VALID_STAGE_NAME.test(args[2].toLowerCase())) {
          throw new Error(
            `invalid name for build stage: "${args[2]}", name can't start with a number or contain symbols`,
          );
        }
      } else if (args.length !== 1) throw new Error('FROM requires either one or three arguments');
      return base(node, flags(node, { platform: 'string' }));
    }
    case 'onbuild':
      return onbuild(node);
    case 'workdir':
      if (args.length !== 1) throw exactlyOne('WORKDIR');
      return base(node, flags(node));
    case 'run': {
      const f = flags(node, { mount: 'strings', network: 'string', device: 'strings' });
      const network = f.values.network;
      if (network !== undefined && !NETWORKS.has(network)) throw new Error(`invalid network mode "${network}"`);
      return base(node, f);
    }
    case 'cmd':
    case 'entrypoint':
      return base(node, flags(node));
    case 'healthcheck':
      return healthcheck(node);
    case 'expose': {
      if (args.length === 0) throw atLeastOne('EXPOSE');
      const f = flags(node);
      // BuildKit sorts the ports as written (slices.Sort), before expansion.
      return base(
        node,
        f,
        [...args].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
      );
    }
    case 'user':
      if (args.length !== 1) throw exactlyOne('USER');
      return base(node, flags(node));
    case 'volume': {
      if (args.length === 0) throw atLeastOne('VOLUME');
      const f = flags(node);
      const volumes = args.map((v) => v.trim());
      if (volumes.some((v) => v === '')) throw new Error('VOLUME specified can not be an empty string');
      return base(node, f, volumes);
    }
    case 'stopsignal':
      // BuildKit does not look at STOPSIGNAL's flags.
      if (args.length !== 1) throw exactlyOne('STOPSIGNAL');
      return base(node, { values: {}, lists: {} });
    case 'arg': {
      if (args.length < 1) throw atLeastOne('ARG');
      const pairs = args.map((arg) => {
        const at = arg.indexOf('=');
        if (at < 0) return { key: arg };
        if (at === 0) throw blankNames('ARG');
        return { key: arg.slice(0, at), value: arg.slice(at + 1) };
      });
      return { ...base(node, { values: {}, lists: {} }), pairs };
    }
    case 'shell': {
      const f = flags(node);
      if (args.length === 0) throw atLeastOne('SHELL');
      if (!node.json) throw new Error(`SHELL requires the arguments to be in JSON form`);
      return base(node, f);
    }
  }
  const match = suggestMatch(node.value, INSTRUCTION_NAMES, false);
  throw new Error(`unknown instruction: ${node.value}${match ? ` (did you mean ${match}?)` : ''}`);
}
