/**
 * `npm run --silent sim -- FILE [--seed S]`: replays scripts in the golden scripts format
 * (`### ID title`, commands, `#hide`, `#age N`, `#tty COLS`, `// notes`; FILE `-` is standard input),
 * each on a fresh world, with the simulated docker client, and prints the transcripts in the
 * format of docs/reference/golden/expected.md. Teachers print handouts with it; tests use it.
 */

import { readFileSync } from 'node:fs';
import { parseScripts, type Script } from '../src/model/transcript/script-format';
import { renderTranscriptSection, type StepResult } from '../src/model/transcript/render';
import { createWorld } from '../src/model/world/world';
import { advanceClock } from '../src/model/engine/advance';
import { createShell } from '../src/model/cli/shell/shell';
import { recordText } from '../src/model/cli/shell/command-record';
import { createScreen, feed, screenLines } from '../src/model/cli/format/screen';

/** Replays one script on a fresh world seeded `seed`; one result per step. */
export function runScriptWithSimulator(script: Script, seed = '1'): StepResult[] {
  const world = createWorld({ seed });
  const shell = createShell({ world });
  const results: StepResult[] = [];
  for (const step of script.steps) {
    if (step.kind === 'note') {
      results.push({ step, output: '', exitCode: 0 });
    } else if (step.kind === 'age') {
      advanceClock(world, step.seconds * 1000);
      results.push({ step, output: '', exitCode: 0 });
    } else if (step.kind === 'tty') {
      // stdout and stderr are the same terminal: its final screen is what the reader sees.
      const result = shell.run(step.line, { tty: true, cols: step.cols });
      const screen = createScreen(step.cols);
      for (const chunk of result.chunks) feed(screen, chunk.text);
      const lines = screenLines(screen);
      results.push({ step, output: lines.length ? `${lines.join('\n')}\n` : '', exitCode: exitOf(result.exitCode) });
    } else {
      const result = shell.run(step.line, { tty: false, cols: 80 });
      results.push({
        step,
        output: step.kind === 'hide' ? '' : recordText(result),
        exitCode: exitOf(result.exitCode),
      });
    }
  }
  return results;
}

/** A line left attached to a server goes on as a closed terminal would: exit 0, the container running. */
function exitOf(code: number | undefined): number {
  return code ?? 0;
}

/** Every script of a scripts text, rendered as expected.md sections. */
export function renderScripts(text: string, seed = '1'): { output: string; errors: string[] } {
  const { scripts, errors } = parseScripts(text);
  const output = scripts.map((s) => renderTranscriptSection(s, runScriptWithSimulator(s, seed))).join('\n');
  return { output, errors: errors.map((e) => `line ${e.line}: ${e.message}`) };
}

function main(argv: string[]): number {
  const seedAt = argv.indexOf('--seed');
  const seed = seedAt >= 0 ? (argv[seedAt + 1] ?? '1') : '1';
  const files = argv.filter((a, i) => a !== '--seed' && (seedAt < 0 || i !== seedAt + 1));
  if (files.length !== 1) {
    process.stderr.write('usage: npm run --silent sim -- FILE [--seed S]   (FILE - reads standard input)\n');
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(files[0] === '-' ? 0 : files[0], 'utf8');
  } catch (error) {
    process.stderr.write(`sim: ${files[0]}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  const { output, errors } = renderScripts(text, seed);
  for (const e of errors) process.stderr.write(`sim: ${e}\n`);
  process.stdout.write(output);
  return errors.length > 0 ? 1 : 0;
}

if (process.argv[1] && /sim\.ts$/.test(process.argv[1])) process.exitCode = main(process.argv.slice(2));
