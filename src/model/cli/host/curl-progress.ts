/**
 * curl's progress meter (lib/progress.c of curl 8.5.0), which it writes to stderr when the body goes
 * to a pipe or a file. Its speeds come from the wall clock; the host's transfers take no virtual
 * time, so they are shown as a transfer of one millisecond (a stand-in, not a measurement).
 */

const KIB = 1024;
const MIB = 1024 * KIB;

/** max5data(): a byte count in at most five columns, with k and M suffixes. */
function max5(bytes: number): string {
  if (bytes < 100000) return String(bytes).padStart(5);
  if (bytes < 10000 * KIB) return `${String(Math.floor(bytes / KIB)).padStart(4)}k`;
  if (bytes < 100 * MIB)
    return `${String(Math.floor(bytes / MIB)).padStart(2)}.${Math.floor((bytes % MIB) / (MIB / 10))}M`;
  return `${String(Math.floor(bytes / MIB)).padStart(4)}M`;
}

/** One line of the meter (progress_meter's format). */
function line(percent: number, total: number, received: number, speed: number): string {
  const p = String(percent).padStart(3);
  return (
    `\r${p} ${max5(total)}  ${p} ${max5(received)}    0 ${max5(0)}  ${max5(speed)}  ${max5(0)} ` +
    `--:--:-- --:--:-- --:--:-- ${max5(speed)}`
  );
}

const HEADER =
  '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n' +
  '                                 Dload  Upload   Total   Spent    Left  Speed\n';

/**
 * The whole meter of a transfer: the header, the first and the last update, the newline. `received`
 * is the body's size, or undefined when nothing was read (a failed connection; -I, which reads no body
 * but knows its Content-Length, `expected`).
 */
export function progressMeter(received: number | undefined, expected = received ?? 0): string {
  const done = received ?? 0;
  const percent = received !== undefined && received > 0 ? 100 : 0;
  return HEADER + line(0, 0, 0, 0) + line(percent, expected, done, done * 1000) + '\n';
}
