// moby pkg/jsonmessage (DisplayJSONMessagesStream, JSONMessage.Display, JSONProgress.String) as
// vendored in docker/cli 28.2.2: how `docker pull` and the implicit pull of `docker run` render
// the daemon's progress stream, on a terminal (lines rewritten in place) or not (status lines only).
import { humanSize } from '../../kernel/go-units';

/** progressDetail of a stream message. */
export interface JsonProgress {
  current?: number;
  total?: number;
  start?: number;
  hidecounts?: boolean;
  units?: string;
}

/** One message of the daemon's JSON stream (the fields the CLI reads). */
export interface JsonMessage {
  status?: string;
  id?: string;
  /** Pre-rendered progress bar (deprecated, but still sent and used when not on a terminal). */
  progress?: string;
  progressDetail?: JsonProgress | null;
  stream?: string;
  from?: string;
  error?: string;
  errorDetail?: { code?: number; message?: string } | null;
  aux?: unknown;
}

/** How the output stream looks to the CLI. */
export interface JsonMessageOptions {
  /** Whether the stream is a terminal (cursor movement and in-place rewriting). */
  tty: boolean;
  /** Terminal width; the bar is drawn only above 110 columns. Go assumes 200 when it cannot ask. */
  width?: number;
  /** Current time in ms, for the time-left estimate of messages that carry `start` (pulls never do). */
  nowMs?: number;
}

const int = (n: number | undefined): number => (Number.isFinite(n) ? Math.trunc(n as number) : 0);
const pad8 = (s: string): string => s.padStart(8, ' ');

/** time.Duration.String for a whole number of seconds ("45s", "1m30s", "1h0m0s"). */
function durationString(seconds: number): string {
  if (seconds === 0) return '0s';
  const sign = seconds < 0 ? '-' : '';
  let s = Math.abs(seconds);
  const h = Math.floor(s / 3600);
  s -= h * 3600;
  const m = Math.floor(s / 60);
  s -= m * 60;
  if (h > 0) return `${sign}${h}h${m}m${s}s`;
  if (m > 0) return `${sign}${m}m${s}s`;
  return `${sign}${s}s`;
}

/** JSONProgress.String: "[====>   ]  7.058MB/28.23MB", numbers only at 110 columns or fewer. */
export function renderProgress(p: JsonProgress, width = 200, nowMs?: number): string {
  const current = int(p.current);
  const total = int(p.total);
  const units = p.units ?? '';
  if (current <= 0 && total <= 0) return '';
  if (total <= 0) return units === '' ? pad8(humanSize(current)) : `${current} ${units}`;
  // Go panics on a negative repeat count here; the simulator draws an empty bar instead.
  const percentage = Math.max(0, Math.min(50, Math.trunc(Math.trunc((current / total) * 100) / 2)));
  const bar = width > 110 ? `[${'='.repeat(percentage)}>${' '.repeat(50 - percentage)}] ` : '';
  let numbers = '';
  if (p.hidecounts === true) numbers = '';
  else if (units === '')
    numbers = current > total ? pad8(humanSize(current)) : `${pad8(humanSize(current))}/${humanSize(total)}`;
  else numbers = current > total ? `${current} ${units}` : `${current}/${total} ${units}`;
  let timeLeft = '';
  const start = int(p.start);
  if (width > 50 && current > 0 && start > 0 && percentage < 50 && nowMs !== undefined) {
    const fromStartNs = BigInt(Math.trunc(nowMs * 1e6)) - BigInt(start) * 1_000_000_000n;
    const perEntry = fromStartNs / BigInt(current);
    const leftNs = BigInt(total - current) * perEntry;
    const whole = leftNs / 1_000_000_000n;
    const rem = leftNs % 1_000_000_000n;
    const rounded = rem >= 500_000_000n ? whole + 1n : rem <= -500_000_000n ? whole - 1n : whole;
    timeLeft = ' ' + durationString(Number(rounded));
  }
  return bar + numbers + timeLeft;
}

/** Incremental renderer: push() returns the bytes to write for one message. */
export interface JsonMessageRenderer {
  push(message: JsonMessage): string;
  /** The stream's error message once one arrived (the CLI prints it and exits 1). */
  readonly error: string | undefined;
}

/** DisplayJSONMessagesStream, one message at a time. */
export function createJsonMessageRenderer(options: JsonMessageOptions): JsonMessageRenderer {
  const width = options.width ?? 200;
  let ids = new Map<string, number>();
  let error: string | undefined;
  const up = (n: number): string => (n > 0 ? `\x1b[${n}A` : '');
  const down = (n: number): string => (n > 0 ? `\x1b[${n}B` : '');

  const display = (jm: JsonMessage): string => {
    const detail = jm.progressDetail ?? undefined;
    const bar = detail === undefined ? '' : renderProgress(detail, width, options.nowMs);
    const stream = jm.stream ?? '';
    let out = '';
    let endl = '';
    if (options.tty && stream === '' && detail !== undefined) {
      out += '\x1b[2K\r';
      endl = '\r';
    } else if (detail !== undefined && bar !== '') {
      return '';
    }
    if (jm.id) out += `${jm.id}: `;
    if (jm.from) out += `(from ${jm.from}) `;
    const status = jm.status ?? '';
    if (detail !== undefined && options.tty) out += `${status} ${bar}${endl}`;
    else if (jm.progress) out += `${status} ${jm.progress}${endl}`;
    else if (stream !== '') out += stream + endl;
    else out += `${status}${endl}\n`;
    return out;
  };

  return {
    get error() {
      return error;
    },
    push(jm: JsonMessage): string {
      if (error !== undefined || jm === null || typeof jm !== 'object') return '';
      if (jm.aux !== undefined && jm.aux !== null) return '';
      let out = '';
      let diff = 0;
      const id = typeof jm.id === 'string' ? jm.id : '';
      const detail = jm.progressDetail ?? undefined;
      if (id !== '' && (detail !== undefined || jm.progress)) {
        let line = ids.get(id);
        if (line === undefined) {
          line = ids.size;
          ids.set(id, line);
          if (options.tty) out += '\n';
        }
        diff = ids.size - line;
        if (options.tty) out += up(diff);
      } else {
        ids = new Map();
      }
      // The daemon always sends errorDetail with error; a bare error is taken as one too.
      const failed = (jm.errorDetail ?? undefined) !== undefined || (jm.error !== undefined && jm.error !== '');
      if (failed) error = jm.errorDetail?.message ?? jm.error ?? '';
      else out += display(jm);
      if (id !== '' && options.tty) out += down(diff);
      return out;
    },
  };
}

/** Renders a whole stream: the bytes written and, if the stream failed, its error message. */
export function renderJsonMessages(
  messages: readonly JsonMessage[],
  options: JsonMessageOptions,
): { output: string; error?: string } {
  const r = createJsonMessageRenderer(options);
  let output = '';
  for (const m of messages) {
    output += r.push(m);
    if (r.error !== undefined) return { output, error: r.error };
  }
  return { output };
}
