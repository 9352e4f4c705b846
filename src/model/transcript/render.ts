/**
 * Renders a replayed script in the transcript format of docs/reference/golden/expected.md:
 * `$ command` lines, the merged output, `[exit N]` when N is not 0, and `# ... N seconds pass ...`.
 */

import type { Script, ScriptStep } from './script-format';

/** What one step printed and how it ended. */
export interface StepResult {
  step: ScriptStep;
  /** Merged stdout and stderr; for `#tty` steps, the final screen. */
  output: string;
  exitCode: number;
}

/** The console body of one transcript (without the ``` fences), ending with a newline. */
export function renderTranscript(results: StepResult[]): string {
  const lines: string[] = [];
  for (const { step, output, exitCode } of results) {
    if (step.kind === 'hide' || step.kind === 'note') continue;
    if (step.kind === 'file') {
      // Shown as the here-document that writes the same bytes in bash.
      lines.push(`$ cat > ${step.path} <<'EOF'`, ...step.content.replace(/\n$/, '').split('\n'), 'EOF');
      continue;
    }
    if (step.kind === 'age') {
      lines.push(`# ... ${step.seconds} seconds pass ...`);
      continue;
    }
    lines.push(
      step.kind === 'tty' ? `$ ${step.line}        # (TTY, ${step.cols} columns: final screen)` : `$ ${step.line}`,
    );
    // The reference transcripts end each command's output at its last non-empty line.
    const trimmed = output.replace(/\n+$/, '');
    if (trimmed !== '') lines.push(trimmed);
    if (exitCode !== 0) lines.push(`[exit ${exitCode}]`);
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** A whole transcript section: heading, setup line, and the console block. */
export function renderTranscriptSection(script: Script, results: StepResult[]): string {
  const setup = script.steps
    .filter((s): s is Extract<ScriptStep, { kind: 'hide' }> => s.kind === 'hide')
    .map((s) => s.line);
  const head = `#### ${script.id} ${script.title}\n`;
  const setupLine = setup.length ? `Setup (output not shown): \`${setup.join('; ')}\`\n` : '';
  return `${head}${setupLine}\n\`\`\`console\n${renderTranscript(results)}\`\`\`\n`;
}
