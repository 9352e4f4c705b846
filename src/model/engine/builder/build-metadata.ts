/**
 * The instructions that change only the image config (ENV, ARG, LABEL, EXPOSE, USER, VOLUME, CMD,
 * ENTRYPOINT, HEALTHCHECK, SHELL, STOPSIGNAL, MAINTAINER): the config change and the history entry
 * BuildKit's dockerfile2llb writes for each (convert.go dispatchEnv … commitToHistory, `empty_layer`).
 */

import type { DockerfileInstruction } from './dockerfile';
import type { StageState } from './build-types';
import { envMap, expandWord, keyValues, setEnv } from './build-env';
import { goDurationNs } from '../../kernel/go-duration';

/** BuildKit's history comment for Dockerfile steps (dockerfile2llb historyComment). */
export const HISTORY_COMMENT = 'buildkit.dockerfile.v0';

/** Go's %q of a string slice: `["python" "app.py"]`. */
export function goQuotedList(list: readonly string[]): string {
  return `[${list.map((s) => JSON.stringify(s)).join(' ')}]`;
}

/** The variables a stage's words see: its config's Env and the ARGs it declared. */
export function stageEnv(stage: StageState): Record<string, string> {
  return { ...stage.args, ...envMap(stage.config.Env) };
}

/** The default shell of RUN, CMD and ENTRYPOINT in shell form, or the one SHELL set. */
export function stageShell(stage: StageState): string[] {
  return stage.config.Shell?.length ? stage.config.Shell : ['/bin/sh', '-c'];
}

// The text after the keyword and the flags, as written (HEALTHCHECK's CMD keeps its JSON or shell text).
function restOf(ins: DockerfileInstruction): string {
  return ins.original
    .replace(/^\s*\S+\s*/, '')
    .replace(/^(--[A-Za-z][\w-]*(=\S*)?\s*)+/, '')
    .trim();
}

function commandArgs(stage: StageState, ins: DockerfileInstruction): string[] {
  return ins.json ? ins.args : [...stageShell(stage), ins.args.join(' ')];
}

function goDurationText(ns: number): string {
  if (ns === 0) return '0s';
  const parts: string[] = [];
  let s = ns / 1e9;
  const h = Math.floor(s / 3600);
  s -= h * 3600;
  const m = Math.floor(s / 60);
  s -= m * 60;
  if (h) parts.push(`${h}h`);
  if (h || m) parts.push(`${m}m`);
  parts.push(`${Number(s.toFixed(9))}s`);
  return parts.join('');
}

const goQuotedInt = (n: number) =>
  n >= 32 && n < 127 ? `'${String.fromCharCode(n)}'` : `'\\x${n.toString(16).padStart(2, '0')}'`;

/**
 * Applies a metadata instruction to the stage (config and history); returns an error message for
 * bad input, as BuildKit words it.
 */
export function applyMetadata(
  stage: StageState,
  ins: DockerfileInstruction,
  created: string,
  buildArgs: Record<string, string | null>,
  usedArgs: Set<string>,
): string | undefined {
  const env = stageEnv(stage);
  const config = stage.config;
  let text: string;
  switch (ins.keyword) {
    case 'ENV': {
      const pairs = keyValues(ins.args, env, true);
      let list = [...(config.Env ?? [])];
      const words: string[] = [];
      for (const [k, v] of pairs) {
        if (v === undefined) return `ENV names can not be blank`;
        list = setEnv(list, k, v);
        words.push(`${k}=${v}`);
      }
      config.Env = list;
      text = `ENV ${words.join(' ')}`;
      break;
    }
    case 'ARG': {
      const words: string[] = [];
      for (const [k, v] of keyValues(ins.args, env, false)) {
        usedArgs.add(k);
        const given = buildArgs[k];
        const value = given !== undefined && given !== null ? given : v;
        if (value !== undefined) stage.args[k] = value;
        words.push(value !== undefined ? `${k}=${value}` : k);
      }
      text = `ARG ${words.join(' ')}`;
      break;
    }
    case 'LABEL': {
      const labels = { ...(config.Labels ?? {}) };
      const words: string[] = [];
      for (const [k, v] of keyValues(ins.args, env, true)) {
        labels[k] = v ?? '';
        words.push(`${k}=${v ?? ''}`);
      }
      config.Labels = labels;
      text = `LABEL ${words.join(' ')}`;
      break;
    }
    case 'EXPOSE': {
      const ports = { ...(config.ExposedPorts ?? {}) };
      const added: string[] = [];
      for (const word of ins.args.map((a) => expandWord(a, env))) {
        const m = /^(\d+)(?:\/(tcp|udp|sctp))?$/i.exec(word);
        if (!m) return `invalid containerPort: ${word.split('/')[0]}`;
        const port = `${m[1]}/${(m[2] ?? 'tcp').toLowerCase()}`;
        ports[port] = {};
        if (!added.includes(port)) added.push(port);
      }
      config.ExposedPorts = ports;
      text = `EXPOSE map[${added
        .sort()
        .map((p) => `${p}:{}`)
        .join(' ')}]`;
      break;
    }
    case 'USER':
      config.User = expandWord(ins.args.join(' '), env);
      text = `USER ${config.User}`;
      break;
    case 'VOLUME': {
      const volumes = (ins.json ? ins.args : ins.args.map((a) => expandWord(a, env))).filter((v) => v !== undefined);
      if (volumes.some((v) => v === '')) return 'VOLUME specified can not be an empty string';
      config.Volumes = { ...(config.Volumes ?? {}), ...Object.fromEntries(volumes.map((v) => [v, {}])) };
      text = `VOLUME [${volumes.join(' ')}]`;
      break;
    }
    case 'STOPSIGNAL':
      config.StopSignal = expandWord(ins.args.join(' '), env);
      text = `STOPSIGNAL ${config.StopSignal}`;
      break;
    case 'SHELL':
      if (!ins.json) return 'SHELL requires the arguments to be in JSON form';
      config.Shell = ins.args;
      text = `SHELL [${ins.args.join(' ')}]`;
      break;
    case 'CMD': {
      const args = commandArgs(stage, ins);
      config.Cmd = args;
      config.ArgsEscaped = true;
      text = `CMD ${goQuotedList(args)}`;
      break;
    }
    case 'ENTRYPOINT': {
      const args = commandArgs(stage, ins);
      config.Entrypoint = args;
      if (!stage.cmdSet) config.Cmd = null;
      text = `ENTRYPOINT ${goQuotedList(args)}`;
      break;
    }
    case 'HEALTHCHECK': {
      const rest = restOf(ins);
      const flag = (name: string) => {
        const v = ins.flags[name];
        return v === undefined ? 0 : (goDurationNs(v) ?? 0);
      };
      let test: string[];
      if (/^NONE$/i.test(rest)) test = ['NONE'];
      else {
        const cmd = rest.replace(/^CMD\s*/i, '');
        let parsed: unknown;
        try {
          parsed = cmd.startsWith('[') ? JSON.parse(cmd) : undefined;
        } catch {
          parsed = undefined;
        }
        test = Array.isArray(parsed) ? ['CMD', ...(parsed as string[])] : ['CMD-SHELL', cmd];
      }
      const retries = Number(ins.flags.retries ?? 0) || 0;
      const health = {
        Test: test,
        Interval: flag('interval'),
        Timeout: flag('timeout'),
        StartPeriod: flag('start-period'),
        StartInterval: flag('start-interval'),
        Retries: retries,
      };
      config.Healthcheck = health;
      const d = (ns: number) => JSON.stringify(goDurationText(ns));
      text =
        `HEALTHCHECK &{${goQuotedList(test)} ${d(health.Interval)} ${d(health.Timeout)} ` +
        `${d(health.StartPeriod)} ${d(health.StartInterval)} ${goQuotedInt(retries)}}`;
      break;
    }
    case 'MAINTAINER':
      text = `MAINTAINER ${ins.args.join(' ')}`;
      break;
    case 'ONBUILD':
      return undefined;
    default:
      return `unknown instruction: ${ins.keyword}`;
  }
  if (ins.keyword === 'CMD') stage.cmdSet = true;
  stage.history.push({ created, created_by: text, comment: HISTORY_COMMENT, empty_layer: true });
  return undefined;
}
