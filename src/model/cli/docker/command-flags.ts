// The flags each command accepts: every flag its real --help lists (so nothing a student copies
// from a tutorial is "unknown" here), docker's persistent --help (with the deprecated -h), and the
// hidden flags the real client still parses (--net, --time, the Windows-only and experimental
// ones that the client hides on a Linux daemon and refuses when used).
import type { FlagDef } from '../flags/pflag';
import { helpFlags } from '../help/help-text';

/** A hidden flag: accepted but not listed; some are refused on this daemon (`unsupported`). */
interface HiddenFlag extends FlagDef {
  unsupported?: 'windows' | 'experimental';
  deprecated?: string;
}

const RUN_HIDDEN: HiddenFlag[] = [
  { long: 'net', short: '', type: 'network' },
  { long: 'net-alias', short: '', type: 'list' },
  { long: 'cpu-count', short: '', type: 'int', unsupported: 'windows' },
  { long: 'cpu-percent', short: '', type: 'int', unsupported: 'windows' },
  { long: 'io-maxbandwidth', short: '', type: 'bytes', unsupported: 'windows' },
  { long: 'io-maxiops', short: '', type: 'uint', unsupported: 'windows' },
];

/**
 * Flags of `docker buildx build` that the legacy builder's help (the one the real client without
 * buildx prints, and the one help-data holds) does not list: the simulated client has buildx.
 */
const BUILDX_BUILD: HiddenFlag[] = [
  { long: 'progress', short: '', type: 'string' },
  { long: 'load', short: '', type: 'bool' },
  { long: 'push', short: '', type: 'bool' },
  { long: 'output', short: 'o', type: 'list' },
  { long: 'builder', short: '', type: 'string' },
  { long: 'metadata-file', short: '', type: 'string' },
];

const HIDDEN: Readonly<Record<string, HiddenFlag[]>> = {
  build: BUILDX_BUILD,
  'image build': BUILDX_BUILD,
  'builder build': BUILDX_BUILD,
  run: RUN_HIDDEN,
  create: RUN_HIDDEN,
  stop: [{ long: 'time', short: '', type: 'int', deprecated: 'use --timeout instead' }],
  restart: [{ long: 'time', short: '', type: 'int', deprecated: 'use --timeout instead' }],
  start: [
    { long: 'checkpoint', short: '', type: 'string', unsupported: 'experimental' },
    { long: 'checkpoint-dir', short: '', type: 'string', unsupported: 'experimental' },
  ],
  'volume create': [{ long: 'name', short: '', type: 'string' }],
  'volume ls': [{ long: 'cluster', short: '', type: 'bool' }],
};

/** The short form's path for a management path ("container run" → "run"), so aliases share hidden flags. */
function shortForm(path: string): string {
  return path.replace(/^container (run|create|stop|restart|start)$/, '$1');
}

/** Every flag `path` accepts. */
export function commandFlags(path: string): FlagDef[] {
  const listed: FlagDef[] = helpFlags(path).map(([long, short, varname]) => ({
    long,
    short,
    type: varname === '' ? 'bool' : varname,
  }));
  const hasOwnHelp = listed.some((f) => f.long === 'help');
  if (!hasOwnHelp) listed.push({ long: 'help', short: 'h', type: 'bool', shorthandDeprecated: 'use --help' });
  return [...listed, ...(HIDDEN[shortForm(path)] ?? [])];
}

/** The refusal for a hidden flag this Linux, non-experimental daemon does not support, if one was used. */
export function unsupportedFlagError(path: string, changed: (long: string) => boolean): string | undefined {
  for (const f of HIDDEN[shortForm(path)] ?? []) {
    if (!f.unsupported || !changed(f.long)) continue;
    return f.unsupported === 'windows'
      ? `"--${f.long}" is only supported on a Docker daemon running on windows, but the Docker daemon is running ` +
          `on linux`
      : `"--${f.long}" is only supported on a Docker daemon with experimental features enabled`;
  }
  return undefined;
}

/** pflag's notice for a deprecated hidden flag that was used ("Flag --time has been deprecated, …"). */
export function deprecationNotices(path: string, changed: (long: string) => boolean): string[] {
  return (HIDDEN[shortForm(path)] ?? [])
    .filter((f) => f.deprecated && changed(f.long))
    .map((f) => `Flag --${f.long} has been deprecated, ${f.deprecated}`);
}
