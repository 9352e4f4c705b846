// Variables in a compose file, as compose-go v2.6.4 substitutes them (template/template.go,
// interpolation/interpolation.go, loader/interpolate.go) before it checks the schema: `$VAR`,
// `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:?message}`, `${VAR?message}`,
// `${VAR:+other}`, `${VAR+other}`, nested defaults, `$$` for a dollar; every string value (not the
// keys), then the values of typed fields cast (`tty: ${TTY:-true}` is a boolean). Its errors and
// the "not set" warning are compose-go's own words.

/** A fault while substituting, worded as compose-go's newPathError words it. */
export class InterpolationError extends Error {}

/** compose-go's template.DefaultPattern (case-insensitive; `.` stops at a newline, as Go's does). */
const PATTERN = /\$(?:(\$)|([_a-z][_a-z0-9]*)|\{(?:([_a-z][_a-z0-9]*(?::?[-+?](?:.*))?)\}|()))/gi;

/** A variable's value, or undefined when it is not set. */
type Lookup = (name: string) => string | undefined;

/** What a substitution found wrong (invalid: the template compose quotes; else a missing required variable). */
type Fault = { invalid: string } | { missing: string };

/** One substitution run: the lookup, the warnings it adds, and the first fault. */
interface Run {
  lookup: Lookup;
  warnings: string[];
  fault?: Fault;
}

/** The operators by where they first occur in `template` (getSubstitutionFunctionForTemplate). */
const OPERATORS = [':?', '?', ':-', '-', ':+', '+'] as const;

function firstOperator(template: string): (typeof OPERATORS)[number] {
  const at = (op: string) => {
    const i = template.indexOf(op);
    return i < 0 ? Infinity : i;
  };
  return [...OPERATORS].sort((a, b) => at(a) - at(b))[0];
}

/** getFirstBraceClosingIndex: the `}` that closes the first `{`. */
function closingBrace(s: string): number {
  let open = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '}' && --open === 0) return i;
    if (s[i] === '{') {
      open++;
      i++;
    }
  }
  return -1;
}

function partition(s: string, sep: string): [string, string] {
  const i = s.indexOf(sep);
  return i < 0 ? [s, ''] : [s.slice(0, i), s.slice(i + sep.length)];
}

/** A braced expression with its operator: [value, applied]; a missing required variable is a fault. */
function operate(substitution: string, op: string, run: Run): [string, boolean] {
  if (!substitution.includes(op)) return ['', false];
  const [name, word] = partition(substitution, op);
  const other = substitute(word, run);
  const value = run.lookup(name);
  if (op === ':?' || op === '?') {
    if (value === undefined || (op === ':?' && value === '')) {
      run.fault ??= {
        missing: `required variable ${name} is missing a value${other !== '' ? `: ${other}` : ''}`,
      };
      return ['', true];
    }
    return [value, true];
  }
  if (op === ':-') return [value === undefined || value === '' ? other : value, true];
  if (op === '-') return [value === undefined ? other : value, true];
  if (op === ':+') return [value !== undefined && value !== '' ? other : (value ?? ''), true];
  return [value !== undefined ? other : '', true];
}

/** template.Substitute over one string. */
function substitute(template: string, run: Run): string {
  return template.replace(PATTERN, (match: string) => {
    const op = firstOperator(match);
    const close = closingBrace(match);
    const rest = close > -1 ? match.slice(close + 1) : '';
    const head = close > -1 ? match.slice(0, close + 1) : match;
    const m = new RegExp(PATTERN.source, 'i').exec(head);
    if (m?.[1]) return '$';
    const named = m?.[2];
    const braced = m?.[3];
    if (!named && !braced) {
      run.fault ??= { invalid: template };
      return '';
    }
    if (braced) {
      const [value, applied] = operate(braced, op, run);
      if (applied) return value + substitute(rest, run);
    }
    const name = (named ?? braced) as string;
    const value = run.lookup(name);
    if (value === undefined) run.warnings.push(`The "${name}" variable is not set. Defaulting to a blank string.`);
    return value ?? '';
  });
}

type Cast = (value: string) => unknown;

const goSyntax = (fn: string, value: string) => new Error(`strconv.${fn}: parsing "${value}": invalid syntax`);
const toInt: Cast = (v) => {
  if (!/^[+-]?\d+$/.test(v)) throw goSyntax('Atoi', v);
  return Number(v);
};
const toInt64: Cast = (v) => {
  if (!/^[+-]?\d+$/.test(v)) throw goSyntax('ParseInt', v);
  return Number(v);
};
const toFloat: Cast = (v) => {
  if (v.trim() === '' || !Number.isFinite(Number(v))) throw goSyntax('ParseFloat', v);
  return Number(v);
};
const toBoolean =
  (warnings: string[]): Cast =>
  (v) => {
    const lower = v.toLowerCase();
    if (lower === 'true' || lower === 'false') return lower === 'true';
    const yes = ['y', 'yes', 'on'].includes(lower);
    if (yes || ['n', 'no', 'off'].includes(lower)) {
      warnings.push(`"${v}" for boolean is not supported by YAML 1.2, please use \`${yes}\``);
      return yes;
    }
    throw new Error(`invalid boolean: ${v}`);
  };

/** loader/interpolate.go's interpolateTypeCastMapping: path patterns (`*` any key, `[]` a list item). */
function castFor(path: readonly string[], warnings: string[]): Cast | undefined {
  const p = path.join('.');
  const svc = (rest: string) =>
    new RegExp(`^services\\.[^.]+\\.${rest.replace(/\./g, '\\.').replace(/\*/g, '[^.]+')}$`);
  const ints = ['deploy.replicas', 'healthcheck.retries', 'ports.[].target', 'scale', 'ulimits.*', 'ulimits.*.hard'];
  const int64s = ['cpu_count', 'cpu_period', 'cpu_quota', 'cpu_rt_period', 'cpu_rt_runtime', 'cpu_shares'];
  const bools = ['init', 'healthcheck.disable', 'oom_kill_disable', 'privileged', 'read_only', 'stdin_open', 'tty'];
  if ([...ints, 'ulimits.*.soft'].some((r) => svc(r).test(p))) return toInt;
  if ([...int64s, 'oom_score_adj', 'pids_limit'].some((r) => svc(r).test(p))) return toInt64;
  if (['cpu_percent', 'cpus'].some((r) => svc(r).test(p))) return toFloat;
  if ([...bools, 'volumes.[].read_only', 'volumes.[].volume.nocopy'].some((r) => svc(r).test(p)))
    return toBoolean(warnings);
  if (/^(networks|volumes|secrets|configs)\.[^.]+\.(external|internal|attachable|enable_ipv4|enable_ipv6)$/.test(p))
    return toBoolean(warnings);
  return undefined;
}

function interpolateValue(value: unknown, path: string[], run: Run): unknown {
  if (typeof value === 'string') {
    const before = run.fault;
    const result = substitute(value, run);
    const fault = before === undefined ? run.fault : undefined;
    const at = path.join('.');
    if (fault && 'invalid' in fault)
      throw new InterpolationError(
        `invalid interpolation format for ${at}.\nYou may need to escape any $ with another $.\n${fault.invalid}`,
      );
    if (fault) throw new InterpolationError(`error while interpolating ${at}: ${fault.missing}`);
    const cast = castFor(path, run.warnings);
    if (!cast) return result;
    try {
      return cast(result);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      throw new InterpolationError(`error while interpolating ${at}: failed to cast to expected type: ${why}`);
    }
  }
  if (Array.isArray(value)) return value.map((item) => interpolateValue(item, [...path, '[]'], run));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, interpolateValue(v, [...path, k], run)]),
    );
  return value;
}

/**
 * The compose file's values with their variables substituted from `env` (the shell's exported
 * variables over the project's `.env`); warnings for unset variables are added to `warnings`.
 * Throws InterpolationError with compose-go's words.
 */
export function interpolateCompose(
  raw: Record<string, unknown>,
  env: Readonly<Record<string, string>>,
  warnings: string[],
): Record<string, unknown> {
  const run: Run = {
    lookup: (name) => (Object.prototype.hasOwnProperty.call(env, name) ? env[name] : undefined),
    warnings,
  };
  return interpolateValue(raw, [], run) as Record<string, unknown>;
}
