// buildkit's tty progress (progressui/display.go ttyDisplay.print, as buildx v0.24.0 vendors it): the
// block `[+] Building 1.2s (6/6) FINISHED   docker:default` and one ` => name   0.3s` line a step
// (and a status), redrawn in place with aec's cursor movements; the last frame (`all`) lists every
// step. The running steps' output window (` => => # …`, a vt100 of its own) is not drawn here.
import { formatBytes, goFixed } from './units';
import { intervalsSeconds, isCompleted, mergeIntervals, mostRecentInterval, type Interval, type Trace } from './trace';

const ESC = '\x1b[';
const HIDE = `${ESC}?25l`;
const SHOW = `${ESC}?25h`;
const RESET = `${ESC}0m`;
/** progressui's colours on Linux without NO_COLOR: blue done, yellow cancelled and warnings, red errors. */
const COLOR_RUN = `${ESC}34m`;
const COLOR_CANCEL = `${ESC}33m`;
const COLOR_ERROR = `${ESC}31m`;

/** One line of the block. */
interface Job {
  intervals: Interval[];
  isCompleted: boolean;
  name: string;
  status: string;
  hasError: boolean;
  isCanceled: boolean;
}

/** The display's state between frames. */
export interface TtyDisplay {
  phase: string;
  desc: string;
  lineCount: number;
  repeated: boolean;
}

/** A display titled `Building`, with the builder's name on the right. */
export function newTtyDisplay(desc: string): TtyDisplay {
  return { phase: 'Building', desc, lineCount: 0, repeated: false };
}

/** trace.displayInfo: the lines, and how many steps there are and have completed. */
function displayInfo(t: Trace): { jobs: Job[]; total: number; completed: number } {
  let completed = 0;
  for (const v of t.byDigest.values()) if (isCompleted(v)) completed++;
  const jobs: Job[] = [];
  for (const v of t.vertexes) {
    const intervals = mergeIntervals([...v.intervals.values()]);
    let name = v.vertex.name.replace(/\t/g, ' ');
    const error = v.vertex.error;
    const canceled = Boolean(error?.endsWith('context canceled'));
    if (error) name = `${canceled ? 'CANCELED' : 'ERROR'} ${name}`;
    if (v.vertex.cached) name = `CACHED ${name}`;
    jobs.push({
      intervals,
      isCompleted: [...v.intervals.values()].every((i) => i.stop !== undefined),
      name,
      status: '',
      hasError: Boolean(error) && !canceled,
      isCanceled: canceled,
    });
    for (const s of v.statuses) {
      const cur = v.byId.get(s.id) ?? s;
      let status = '';
      if (cur.total) status = `${formatBytes(cur.current)} / ${formatBytes(cur.total)}`;
      else if (cur.current) status = formatBytes(cur.current);
      jobs.push({
        intervals: cur.started === undefined ? [] : [{ start: cur.started, stop: cur.completed }],
        isCompleted: cur.completed !== undefined,
        name: `=> ${cur.id}`,
        status,
        hasError: false,
        isCanceled: false,
      });
    }
    for (const w of v.warnings) {
      const ival = mostRecentInterval(v);
      jobs.push({
        intervals: ival ? [ival] : [],
        isCompleted: false,
        name: `WARN: ${w.short}`,
        status: '',
        hasError: false,
        isCanceled: true,
      });
    }
  }
  return { jobs, total: t.byDigest.size, completed };
}

/** Go's `%-[2]*[1]s %[3]s`: `l` padded to `w - len(r) - 1`, a space, then `r`. */
function align(l: string, r: string, w: number): string {
  return `${l.padEnd(w - r.length - 1)} ${r}`;
}

/** wrapHeight: the last `limit` lines, with running ones that scrolled away brought back first. */
function wrapHeight(jobs: Job[], limit: number): Job[] {
  if (limit < 0) return [];
  if (jobs.length <= limit) return jobs;
  let wrapped = jobs.slice(jobs.length - limit);
  const invisible = jobs.slice(0, jobs.length - limit).filter((j) => !j.isCompleted);
  let l = invisible.length;
  if (l > 0) {
    const rewrapped: Job[] = [];
    for (const j of wrapped) {
      if (!j.isCompleted || l <= 0) rewrapped.push(j);
      l--;
    }
    const free = wrapped.length - rewrapped.length;
    wrapped = [...invisible.slice(invisible.length - free), ...rewrapped];
  }
  return wrapped;
}

/** ttyDisplay.print: one frame at virtual time `now` on a terminal `width` × `height`. */
export function printTty(disp: TtyDisplay, t: Trace, now: number, width: number, height: number, all: boolean): string {
  const d = displayInfo(t);
  const jobs = all ? d.jobs : wrapHeight(d.jobs, height - 2);
  let out = `${ESC}1A`.repeat(disp.lineCount + 1);
  if (!disp.repeated) out += `${ESC}1B`;
  disp.repeated = true;
  out += `${ESC}0G${HIDE}`;
  const status = d.completed > 0 && d.completed === d.total && all ? 'FINISHED' : '';
  const elapsed = (now - (t.startTime ?? now)) / 1000;
  let head = `[+] ${disp.phase} ${goFixed(elapsed, 1)}s (${d.completed}/${d.total}) ${status}`;
  head = disp.desc !== '' ? align(head, disp.desc, width - 1) : align(head, '', width);
  if (head.length > width) head = head.slice(0, width);
  out += `${head}\n`;
  let lineCount = 0;
  for (const j of jobs) {
    if (j.intervals.length === 0) continue;
    let dt = intervalsSeconds(j.intervals, now);
    if (dt < 0.05) dt = 0;
    const pfx = ' => ';
    const timer = ` ${goFixed(dt, 1).padStart(3)}s\n`;
    let left = width - pfx.length - timer.length - 1;
    let showStatus = false;
    if (j.status !== '' && left + j.status.length > 20) {
      showStatus = true;
      left -= j.status.length + 1;
    }
    if (left < 12) continue;
    let line = pfx + (j.name.length > left ? j.name.slice(0, left) : j.name);
    if (showStatus) line += ` ${j.status}`;
    line = align(line, timer, width);
    if (j.isCompleted) {
      const color = j.isCanceled ? COLOR_CANCEL : j.hasError ? COLOR_ERROR : COLOR_RUN;
      line = `${color}${line}${RESET}`;
    }
    out += line;
    lineCount++;
  }
  const diff = disp.lineCount - lineCount;
  if (diff > 0) {
    out += `${' '.repeat(width)}\n`.repeat(diff);
    out += `${ESC}${diff}A${ESC}0G`;
  }
  disp.lineCount = lineCount;
  return out + SHOW;
}
