/**
 * A lesson's script (tools/lesson-script.ts) through the REAL docker 28.2.2 client against our
 * engine serving both hosts (`npm run engine -- --hosts docker-host,server-2`). What this machine's
 * client cannot do is changed or left out, and said: builds take the classic path
 * (`DOCKER_BUILDKIT=0`: no buildx plugin here, and the engine cannot serve BuildKit's gRPC session);
 * `docker compose` is a plugin that is not installed; `curl` here would ask this machine, not the
 * simulated one; an `ssh://` context becomes a `tcp://` one to that host's port.
 */

import type { Script, ScriptStep } from '../../src/model/transcript/script-format';
import { parseScripts } from '../../src/model/transcript/script-format';
import { renderTranscript, type StepResult } from '../../src/model/transcript/render';
import { startEngineServer, type EngineServer } from '../../tools/engine-server';
import { lessonScript, lessonSeed, readLesson } from '../../tools/lesson-script';
import { runScriptWithRealClient } from './real-client';

/** The hosts every world has, each served on its own port. */
export const LESSON_HOSTS = ['docker-host', 'server-2'] as const;

/** Starts the engine for lessons: both hosts, on `port` and the next one (0: free ports). */
export function startLessonEngine(seed: string, port = 0): Promise<EngineServer> {
  return startEngineServer({ port, seed, hosts: LESSON_HOSTS });
}

/** A lesson's script as the real client here can run it, and what was left out. */
export interface RealClientScript {
  script: Script;
  /** Lines left out (compose, curl), in order. */
  skipped: string[];
  /** Whether the script switches contexts (then DOCKER_HOST is unset and a context names the first host). */
  contexts: boolean;
}

/** How a left-out line is marked in the script. */
const SKIPPED = 'skipped: ';

/** Why a line cannot run through the real client here, or undefined when it can. */
function whySkipped(line: string): string | undefined {
  if (/^docker\s+compose\b/.test(line)) return 'docker compose is a CLI plugin, not installed here';
  if (/^curl\b/.test(line)) return "curl here would reach this machine's port, not the simulated host's";
  return undefined;
}

/** `script` changed for the real client against the engine's `ports` (see the file comment). */
export function forRealClient(script: Script, ports: Record<string, number>): RealClientScript {
  const skipped: string[] = [];
  const contexts = script.steps.some((s) => 'line' in s && /^docker\s+context\b/.test(s.line));
  const steps: ScriptStep[] = [];
  if (contexts) {
    // DOCKER_HOST would override every context: the first host is reached through a context instead.
    const first = LESSON_HOSTS[0];
    steps.push({ kind: 'hide', line: `docker context create ${first} --docker host=tcp://127.0.0.1:${ports[first]}` });
    steps.push({ kind: 'hide', line: `docker context use ${first}` });
  }
  for (const step of script.steps) {
    if (!('line' in step)) {
      steps.push(step);
      continue;
    }
    const why = whySkipped(step.line);
    if (why) {
      skipped.push(`${step.line}   (${why})`);
      steps.push({ kind: 'note', text: `${SKIPPED}${step.line}` });
      continue;
    }
    const line = step.line.replace(/ssh:\/\/[^@\s]+@([\w.-]+)/g, (whole, host: string) =>
      ports[host] !== undefined ? `tcp://127.0.0.1:${ports[host]}` : whole,
    );
    steps.push({ ...step, line });
  }
  return { script: { ...script, steps }, skipped, contexts };
}

/** The temporary DOCKER_CONFIG's path in a real-client transcript, shown where our client keeps it. */
export function normalizeRealClient(text: string): string {
  return text.replace(/'[^']*pelabuhan-docker-[^/']+\/config\.json'/g, "'/home/user/.docker/config.json'");
}

/** Each step's transcript, with `# left out: LINE` where a line was left out for the real client. */
function renderWithGaps(script: Script, results: StepResult[]): string {
  const out: string[] = [];
  let next = 0;
  for (const step of script.steps) {
    if (step.kind !== 'note') out.push(renderTranscript([results[next++]]));
    else if (step.text.startsWith(SKIPPED)) out.push(`# left out: ${step.text.slice(SKIPPED.length)}\n`);
  }
  return out.join('');
}

/** A lesson file through the real client: its results and its transcript (normalized), and the lines left out. */
export async function runLessonWithRealClient(
  file: string,
  engine: EngineServer,
): Promise<{ results: StepResult[]; transcript: string; skipped: string[]; contexts: boolean }> {
  const lesson = parseScripts(lessonScript(readLesson(file))).scripts[0];
  const { script, skipped, contexts } = forRealClient(lesson, engine.ports);
  const results = await runScriptWithRealClient(script, engine, 30_000, {
    env: { DOCKER_BUILDKIT: '0' },
    dockerHost: !contexts,
  });
  return { results, transcript: normalizeRealClient(renderWithGaps(script, results)), skipped, contexts };
}

/** The saved real-client transcript of a lesson file: a header saying how it was made, then the transcript. */
export async function realClientTranscript(file: string, engine: EngineServer): Promise<string> {
  const scenario = readLesson(file);
  const { transcript, skipped, contexts } = await runLessonWithRealClient(file, engine);
  const header = [
    `Lesson ${scenario.order} "${scenario.id}" (${scenario.title.en}) through the REAL docker client`,
    `(/usr/local/bin/docker 28.2.2, client only) against our engine serving both hosts, as`,
    `\`npm run engine -- --hosts docker-host,server-2\` does (seed ${lessonSeed(scenario)}); the lesson's script is`,
    `the one tools/lesson-script.ts makes (see ${scenario.id}.sim.txt). Made by:`,
    `  npx tsx test/cli/fixtures/generate-lesson-transcripts.ts`,
    `Differences from the simulated client's run, all because of what this machine's client can do:`,
    `- builds use the classic builder (DOCKER_BUILDKIT=0): the buildx plugin is not installed here, and the`,
    `  engine cannot serve BuildKit's gRPC session (/session, /grpc), so the real client's BuildKit path is`,
    `  not available; our client prints BuildKit's output (as with buildx installed);`,
    `- the temporary DOCKER_CONFIG's path is shown as /home/user/.docker/config.json; the start's hidden`,
    `  lines are not shown;`,
  ];
  if (contexts)
    header.push(
      `- DOCKER_HOST is unset (it would override every context): a hidden \`docker context create docker-host`,
      `  --docker host=tcp://127.0.0.1:${engine.ports['docker-host']}\` and \`context use docker-host\` come first, so`,
      `  \`context ls\` lists it; \`ssh://student@server-2\` is`,
      `  \`tcp://127.0.0.1:${engine.ports['server-2']}\` (server-2's port: no ssh here);`,
    );
  if (skipped.length > 0)
    header.push(`- lines left out (marked \`# left out\` below):`, ...skipped.map((s) => `  ${s}`));
  else header.push('- no line left out.');
  return `${header.join('\n')}\n\n\`\`\`console\n${transcript}\`\`\`\n`;
}
