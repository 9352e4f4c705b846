/**
 * `npx tsx tools/lesson-script.ts LESSON.json [--transcript]`: a lesson as a script in the golden
 * scripts format, for `npm run sim` (and the real client's runner): the lesson's start files as
 * `#file` blocks, its start commands as `#hide` lines (the page runs them silently), then each
 * step, in order, as a `// Step N (id): title` note, its file actions as `#file` blocks and its lines
 * (the solution if it has one, else its commands), exactly as the lesson replay runs them. With
 * `--transcript` it prints the saved transcript instead: a header, then what `npm run sim` prints
 * for that script on the lesson's seed (docs/transcripts/<lesson>.sim.txt).
 */

import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseScenario } from '../src/model/lesson/scenario-parse';
import { stepLines } from '../src/model/lesson/lesson-replay';
import type { Scenario, StepAction } from '../src/model/lesson/scenario';
import { CLIENT_HOME } from '../src/model/cli/client/local-files';
import { renderScripts } from './sim';

/**
 * A `#file` block writing `content` to `path`; only content the block can carry byte for byte. A
 * lesson's relative path is under the home directory whatever the shell's directory is (`cd halo`
 * in an earlier step): the block names it absolutely, so the here-document a transcript shows for
 * it writes the same file in bash.
 */
function fileBlock(file: string, content: string): string[] {
  const path = file.startsWith('/') ? file : `${CLIENT_HOME}/${file}`;
  const lines = content.replace(/\n$/, '').split('\n');
  if (content !== '' && !content.endsWith('\n'))
    throw new Error(`${path}: a #file block always ends its content with a newline; this one does not`);
  if (content === '' || lines.some((l) => l.trim() === '#end'))
    throw new Error(`${path}: an empty file, or a line "#end", cannot be written as a #file block`);
  return [`#file ${path}`, ...lines, '#end'];
}

/** A step action as script lines: files and clock moves run; the page's view choices are notes. */
function actionLines(action: StepAction): string[] {
  if ('file' in action) return fileBlock(action.file.path, action.file.content);
  if ('sleep' in action) return [`#age ${action.sleep / 1000}`];
  if ('view' in action) return [`// (the page shows the ${action.view} view)`];
  if ('compare' in action) return ['// (the page sets up its comparison)'];
  // The scripts format has no daemon switch: such a lesson is not one script.
  throw new Error(`the action "#daemon ${action.daemon}" has no line in the scripts format`);
}

/** The lesson as one script of the golden scripts format (one fresh world; see the file comment). */
export function lessonScript(scenario: Scenario): string {
  if (scenario.start?.world !== undefined) throw new Error(`${scenario.id} starts from a saved world, not a seed`);
  const lines = [`### ${scenario.id} ${scenario.title.en}`];
  for (const [path, content] of Object.entries(scenario.start?.files ?? {})) lines.push(...fileBlock(path, content));
  for (const line of scenario.start?.commands ?? []) lines.push(`#hide ${line}`);
  scenario.steps.forEach((step, i) => {
    lines.push(`// Step ${i + 1} (${step.id}): ${step.title.en}`);
    for (const action of step.actions ?? []) lines.push(...actionLines(action));
    for (const line of stepLines(step)) {
      if (line.includes('\n') || line.trim().startsWith('#') || line.trim().startsWith('//'))
        throw new Error(`${scenario.id} step ${i + 1}: "${line}" is not one script line`);
      lines.push(line);
    }
  });
  return `${lines.join('\n')}\n`;
}

/** The lesson's seed as `npm run sim -- --seed` takes it. */
export function lessonSeed(scenario: Scenario): string {
  return String(scenario.start?.seed ?? 1);
}

/** A lesson file, parsed (throws the parser's errors). */
export function readLesson(file: string): Scenario {
  const parsed = parseScenario(readFileSync(file, 'utf8'), file);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${file}:${e.line}:${e.column} ${e.message}`).join('\n'));
  return parsed.scenario;
}

/** The saved sim transcript of a lesson file: a header saying how it was made, then `npm run sim`'s output. */
export function simTranscript(file: string): string {
  const scenario = readLesson(file);
  const { output, errors } = renderScripts(lessonScript(scenario), lessonSeed(scenario));
  if (errors.length > 0) throw new Error(`${file}: ${errors.join('; ')}`);
  const seed = lessonSeed(scenario);
  const header = [
    `Lesson ${scenario.order} "${scenario.id}" (${scenario.title.en}) through the simulated client: \`npm run sim\`.`,
    `Made by: npx tsx tools/lesson-script.ts src/lessons/${basename(file)} > /tmp/lesson.txt`,
    `         npm run --silent sim -- /tmp/lesson.txt --seed ${seed}`,
    `(tools/lesson-script.ts turns the lesson's start files and commands, and each step's file actions and`,
    `lines, into that script; \`npx tsx tools/lesson-script.ts --transcript FILE\` prints this whole file.`,
    `test/cli/lesson-transcripts.test.ts regenerates it and compares.) The start's commands run hidden, as in`,
    `the page; a #file block is shown as the here-document that writes the same bytes; output is not a TTY's.`,
  ];
  return `${header.join('\n')}\n\n${output}`;
}

function main(argv: string[]): number {
  const transcript = argv.includes('--transcript');
  const files = argv.filter((a) => a !== '--transcript');
  if (files.length !== 1) {
    process.stderr.write('usage: npx tsx tools/lesson-script.ts LESSON.json [--transcript]\n');
    return 2;
  }
  try {
    process.stdout.write(transcript ? simTranscript(files[0]) : lessonScript(readLesson(files[0])));
    return 0;
  } catch (error) {
    process.stderr.write(`lesson-script: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

if (process.argv[1] && /lesson-script\.ts$/.test(process.argv[1])) process.exitCode = main(process.argv.slice(2));
