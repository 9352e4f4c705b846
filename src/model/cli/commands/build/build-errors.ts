// How buildx ends a build in words: the lint warnings after the progress (commands/build.go
// printWarnings) and a failed build's Dockerfile excerpt and `ERROR: failed to solve: …`
// (cmd/buildx/main.go: errdefs.Source.Print for each source, then `ERROR: %v`).
import type { BuildErrorMessage, BuildErrorSource, BuildVertexWarning } from '../../../api/build-trace';

const YELLOW = '\x1b[33m';
const RESET = '\x1b[0m';

/** printWarnings without --debug: the count in yellow, then ` - <short>` a warning. */
export function warningsText(warnings: readonly BuildVertexWarning[]): string {
  if (warnings.length === 0) return '';
  const count = warnings.length === 1 ? '1 warning found' : `${warnings.length} warnings found`;
  const list = warnings.map((w) => ` - ${w.short}\n`).join('');
  return `\n ${YELLOW}${count} (use docker --debug to expand):\n${RESET}${list}`;
}

/** errdefs.Source.Print: `Dockerfile:2`, a rule, the lines around the range (`>>>` on it), a rule. */
export function sourceExcerpt(source: BuildErrorSource): string {
  const lines = source.data.split('\n');
  if (source.ranges.length === 0) return '';
  let start = Math.min(...source.ranges.map((r) => r.start.line));
  let end = Math.max(...source.ranges.map((r) => Math.max(r.end.line, r.start.line)));
  if (start > lines.length || start < 1) return '';
  if (end > lines.length) end = lines.length;
  const pad = end === start ? 4 : 2;
  const prepadStart = start;
  for (let p = 0; p < pad; p++) {
    if (start > 1) {
      start--;
      p++;
    }
    if (end !== lines.length) {
      end++;
      p++;
    }
  }
  const contains = (l: number): boolean =>
    source.ranges.some((r) => r.start.line <= l && Math.max(r.end.line, r.start.line) >= l);
  let out = `${source.filename}:${prepadStart}\n--------------------\n`;
  for (let i = start; i <= end; i++) {
    out += ` ${String(i).padStart(3)} | ${contains(i) ? '>>>' : '   '} ${lines[i - 1]}\n`;
  }
  return `${out}--------------------\n`;
}

/**
 * What buildx prints for a build that failed: the excerpt, then `ERROR: failed to solve: <error>`
 * (buildkit's client wraps the daemon's solve error in "failed to solve"; a message that already
 * carries it is printed as it is).
 */
export function buildErrorText(error: BuildErrorMessage): string {
  const message = error.errorDetail?.message ?? error.error;
  const text = message.startsWith('failed to solve: ') ? message : `failed to solve: ${message}`;
  return `${error.source ? sourceExcerpt(error.source) : ''}ERROR: ${text}`;
}
