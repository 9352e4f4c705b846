/**
 * curl's command line (src/tool_getparam.c of curl 8.5.0, the version of Ubuntu 24.04, the
 * simulated host): the options a course uses, bundled short options (`-sSL`), and its usage errors.
 */

/** What a curl command line asks for. */
export interface CurlOptions {
  urls: string[];
  head: boolean;
  include: boolean;
  silent: boolean;
  showError: boolean;
  verbose: boolean;
  location: boolean;
  fail: boolean;
  method?: string;
  user?: string;
  userAgent?: string;
  /** `-o FILE`: the body goes to a file (the host's files are not kept, so it is dropped). */
  output?: string;
}

/** A command line curl refuses, with what it prints (helpf) and its exit code. */
export interface CurlUsageError {
  message: string;
  exitCode: number;
}

const FLAGS: Record<string, keyof CurlOptions> = {
  I: 'head',
  head: 'head',
  i: 'include',
  include: 'include',
  s: 'silent',
  silent: 'silent',
  S: 'showError',
  'show-error': 'showError',
  v: 'verbose',
  verbose: 'verbose',
  L: 'location',
  location: 'location',
  f: 'fail',
  fail: 'fail',
};

const VALUED: Record<string, 'method' | 'user' | 'userAgent' | 'output'> = {
  X: 'method',
  request: 'method',
  u: 'user',
  user: 'user',
  A: 'userAgent',
  'user-agent': 'userAgent',
  o: 'output',
  output: 'output',
};

/** helpf(): the message, then the pointer to the help (Ubuntu's curl is built with the manual). */
export function helpf(message?: string): string {
  return `${message ? `curl: ${message}\n` : ''}curl: try 'curl --help' or 'curl --manual' for more information\n`;
}

/** Parses curl's arguments, or says why not as curl does (PARAM_OPTION_UNKNOWN, PARAM_REQUIRES_PARAMETER). */
export function parseCurlArgs(args: string[]): CurlOptions | CurlUsageError {
  const options: CurlOptions = {
    urls: [],
    head: false,
    include: false,
    silent: false,
    showError: false,
    verbose: false,
    location: false,
    fail: false,
  };
  const unknown = (opt: string): CurlUsageError => ({ message: helpf(`option ${opt}: is unknown`), exitCode: 2 });
  const missing = (opt: string): CurlUsageError => ({
    message: helpf(`option ${opt}: requires parameter`),
    exitCode: 2,
  });
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg.startsWith('--') && arg.length > 2) {
      const name = arg.slice(2);
      if (name in FLAGS) (options[FLAGS[name]] as boolean) = true;
      else if (name in VALUED) {
        if (i + 1 >= args.length) return missing(arg);
        options[VALUED[name]] = args[++i];
      } else if (name.startsWith('no-') && name.slice(3) in FLAGS) (options[FLAGS[name.slice(3)]] as boolean) = false;
      else return unknown(arg);
    } else if (arg.startsWith('-') && arg.length > 1) {
      for (let j = 1; j < arg.length; j++) {
        const letter = arg[j];
        if (letter in FLAGS) (options[FLAGS[letter]] as boolean) = true;
        else if (letter in VALUED) {
          const rest = arg.slice(j + 1);
          if (rest) options[VALUED[letter]] = rest;
          else if (i + 1 < args.length) options[VALUED[letter]] = args[++i];
          else return missing(`-${letter}`);
          break;
        } else return unknown(`-${letter}`);
      }
    } else options.urls.push(arg);
  }
  if (options.urls.length === 0) {
    // tool_operate.c: helpf("(%d) no URL specified", CURLE_FAILED_INIT); a bare `curl` says only the pointer.
    return { message: args.length === 0 ? helpf() : helpf('(2) no URL specified'), exitCode: 2 };
  }
  return options;
}

/** A URL as curl reads it: scheme (http by default), host, port, path with query. */
export type CurlUrl =
  | { kind: 'http'; host: string; port: number; path: string; hostHeader: string }
  | { kind: 'unsupported'; scheme: string }
  | { kind: 'malformed' };

/** Splits a URL the way curl's URL parser does for the cases the host can reach. */
export function parseCurlUrl(raw: string): CurlUrl {
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\//.exec(raw);
  if (scheme && scheme[1].toLowerCase() !== 'http') return { kind: 'unsupported', scheme: scheme[1] };
  const rest = scheme ? raw.slice(scheme[0].length) : raw;
  const m = /^(\[[^\]]*\]|[^/:?#]*)(?::(\d*))?([/?#].*)?$/.exec(rest);
  if (!m || m[1] === '') return { kind: 'malformed' };
  const port = m[2] ? Number(m[2]) : 80;
  if (m[2] !== undefined && (m[2] === '' || port > 65535)) return { kind: 'malformed' };
  const host = m[1].toLowerCase();
  const path = (m[3] ?? '/').replace(/#.*$/, '');
  return {
    kind: 'http',
    host,
    port,
    path: path.startsWith('/') ? path : `/${path}`,
    hostHeader: port === 80 ? host : `${host}:${port}`,
  };
}

/** A Location made absolute against the URL that answered it (a path, or a name relative to its directory). */
export function resolveLocation(location: string, hostHeader: string, path: string): string {
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(location)) return location;
  if (location.startsWith('/')) return `http://${hostHeader}${location}`;
  return `http://${hostHeader}${path.slice(0, path.lastIndexOf('/') + 1)}${location}`;
}
