/**
 * What some suites need from the machine that `npm ci` does not install (Chromium for the e2e suites,
 * the real docker client for the real-client suites), and the test that says so out loud: a suite
 * without its need skips its tests, and this test names what is missing and how many tests that
 * skipped, so a green run without them never passes for a full one.
 */

import { it, type RunnerTask } from 'vitest';
import { CHROMIUM, hasChromium } from './e2e/harness';
import { hasDockerClient } from './golden/real-client';

/** Something a suite needs from the machine. */
export interface MachineNeed {
  /** What it is, as the warning names it. */
  what: string;
  /** How to get it. */
  howToGet: string;
  /** Whether this machine has it. */
  present: boolean;
  /** Whether `CI=true` makes its absence a failure (because .ci/run installs it) rather than a loud skip. */
  requiredUnderCi: boolean;
}

/** Chromium for the e2e suites; .ci/run installs it, so under CI its absence fails. */
export function chromiumNeed(): MachineNeed {
  return {
    what: `chromium at ${CHROMIUM}`,
    howToGet: 'apt-get install chromium, or set CHROMIUM_PATH',
    present: hasChromium(),
    requiredUnderCi: true,
  };
}

/** The real docker client for the real-client suites; .ci/run does not install it, so CI only warns. */
export function dockerClientNeed(): MachineNeed {
  return {
    what: 'the docker client 28.2.2 on PATH',
    howToGet: 'the static client of download.docker.com/linux/static/stable/x86_64/docker-28.2.2.tgz; no daemon',
    present: hasDockerClient(),
    requiredUnderCi: false,
  };
}

/** How many tests of `task` will not run: skipped themselves, or inside a skipped suite. */
function skippedTests(task: RunnerTask, insideSkipped = false): number {
  const skipped = insideSkipped || task.mode === 'skip' || task.mode === 'todo';
  if (task.type !== 'suite') return skipped ? 1 : 0;
  return task.tasks.reduce((sum, child) => sum + skippedTests(child, skipped), 0);
}

/**
 * Registers the test that reports `need` for the file it is called in: it passes when the need is
 * present; otherwise it fails under `CI=true` if the need is required there, and else passes with a
 * console warning naming what is missing, how to get it and how many tests of the file were skipped.
 */
export function reportNeed(need: MachineNeed): void {
  const underCi = need.requiredUnderCi ? ' (required under CI)' : '';
  it(`has ${need.what}${underCi}`, ({ task }) => {
    if (need.present) return;
    const missing = `${need.what} is missing (${need.howToGet})`;
    if (need.requiredUnderCi && process.env.CI === 'true') throw new Error(`${missing}, and CI=true requires it`);
    const count = skippedTests(task.file);
    console.warn(`SKIPPED ${count} test(s) of ${task.file.name}: ${missing}`);
  });
}
