/**
 * The saved transcripts of the build, push and compose lessons (docs/transcripts/, issue 13's "Done
 * shows"): the sim ones are what `npm run sim` prints for each lesson's script now, byte for byte;
 * lessons 20 and 22 through the REAL docker client against our engine print the key lines our
 * client prints (the same image ID from the classic builder as from ours, the parse error, denied,
 * Login Succeeded, Mounted from library/alpine, the same digest, the run's output); and the saved
 * real-client transcripts agree with the sim ones on what both show the same way.
 * Regenerate with: npx tsx test/cli/fixtures/generate-lesson-transcripts.ts
 */

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseScripts } from '../../src/model/transcript/script-format';
import { lessonScript, readLesson, simTranscript } from '../../tools/lesson-script';
import { runScriptWithSimulator } from '../../tools/sim';
import { renderTranscript } from '../../src/model/transcript/render';
import type { EngineServer } from '../../tools/engine-server';
import { forRealClient, runLessonWithRealClient, startLessonEngine } from '../golden/lesson-real-client';
import { hasDockerClient } from '../golden/real-client';
import { TRANSCRIPT_LESSONS, transcriptPath } from './fixtures/generate-lesson-transcripts';

const LESSONS = fileURLToPath(new URL('../../src/lessons/', import.meta.url));
const lessonFile = (name: string) => `${LESSONS}${name}.json`;
const saved = (name: string, kind: 'sim' | 'real-client') => readFileSync(transcriptPath(name, kind), 'utf8');
/** Our client's transcript of a lesson (no header). */
const simulated = (name: string) =>
  renderTranscript(runScriptWithSimulator(parseScripts(lessonScript(readLesson(lessonFile(name)))).scripts[0]));

describe('lesson transcripts through npm run sim', () => {
  it.each(TRANSCRIPT_LESSONS)('%s: the saved transcript is what sim prints now', (name) => {
    expect(simTranscript(lessonFile(name))).toBe(saved(name, 'sim'));
  });

  it('turn each step into script lines: file actions as #file blocks under /home/user, then the lines', () => {
    const script = lessonScript(readLesson(lessonFile('20-build-first-image')));
    expect(script).toContain(
      '// Step 5 (typo): A typo in the Dockerfile\n#file /home/user/halo/Dockerfile\nFROM alpine\nRUNN echo',
    );
    expect(script.split('\n').filter((l) => l === 'docker build -t halo .')).toHaveLength(3);
    // A start's commands run hidden, as in the page.
    expect(lessonScript(readLesson(lessonFile('22-push-and-run-elsewhere')))).toContain(
      '#hide docker build -q -t student/web:1.0 web',
    );
  });

  it('leave out for the real client what it cannot run here, and say which', () => {
    const script = parseScripts(lessonScript(readLesson(lessonFile('23-compose'))));
    const { skipped } = forRealClient(script.scripts[0], { 'docker-host': 2375, 'server-2': 2376 });
    expect(skipped.map((s) => s.split('   ')[0])).toEqual([
      'docker compose up -d',
      'docker compose ps',
      'curl -u admin:pass localhost:8081',
      'docker compose logs mongo-express',
      'docker compose down',
    ]);
    expect(saved('23-compose', 'real-client')).toContain('# left out: docker compose up -d\n');
  });

  it('the saved real-client transcripts agree with the sim ones where both clients print the same', () => {
    // The classic builder's last image is BuildKit's: the same image ID.
    const built = saved('20-build-first-image', 'real-client').match(/Successfully built ([0-9a-f]{12})/g);
    expect(built).toHaveLength(2);
    expect(saved('20-build-first-image', 'sim')).toContain(`writing image sha256:${built![0].slice(-12)}`);
    // docker system df counts the build cache as docker/cli does (a fidelity bug these transcripts found).
    const rows = (text: string) => text.split('\n').filter((l) => l.startsWith('Build Cache'));
    expect(rows(saved('21-layer-cache', 'real-client'))).toEqual(rows(saved('21-layer-cache', 'sim')));
    expect(rows(saved('21-layer-cache', 'sim'))[0]).toMatch(/^Build Cache +10 +0 +229B +229B$/);
  });
});

const available = hasDockerClient();

describe('lessons 20 and 22 through the real docker client against our engine (two hosts)', () => {
  let engine: EngineServer;
  beforeAll(async () => {
    if (available) engine = await startLessonEngine('1');
  });
  afterAll(async () => {
    await engine?.close();
  });

  it.runIf(available)(
    'build-first-image: the same image, the same parse error, the same output of the run',
    async () => {
      const real = (await runLessonWithRealClient(lessonFile('20-build-first-image'), engine)).transcript;
      const ours = simulated('20-build-first-image');
      const id = /writing image sha256:([0-9a-f]{12})/.exec(ours)?.[1];
      expect(id).toBeDefined();
      expect(real).toContain(`Successfully built ${id}\nSuccessfully tagged halo:latest\n`);
      const parseError = 'dockerfile parse error on line 2: unknown instruction: RUNN (did you mean RUN?)';
      expect(ours).toContain(`ERROR: failed to solve: ${parseError}\n[exit 1]`);
      expect(real).toContain(`Error response from daemon: ${parseError}\n[exit 1]`);
      for (const t of [real, ours]) expect(t).toContain('$ docker run --name halo1 halo\nHalo dari image pertama\n');
      // The fixed Dockerfile is all cache: the classic builder says so for the RUN, as ours says CACHED.
      expect(real.split('$ docker build').at(-1)).toContain(
        'RUN echo "Halo dari image pertama" > /halo.txt\n ---> Using cache',
      );
    },
    60_000,
  );

  it.runIf(available)(
    'push-and-run-elsewhere: denied, Login Succeeded, Mounted from library/alpine, the pull on server-2 and its run',
    async () => {
      const real = (await runLessonWithRealClient(lessonFile('22-push-and-run-elsewhere'), engine)).transcript;
      const ours = simulated('22-push-and-run-elsewhere');
      const KEY =
        /denied:|^Login Succeeded|Mounted from|: Pushed|digest: sha256|Downloaded newer|^Halo dari|^Current context/;
      const key = (text: string) => text.split('\n').filter((l) => KEY.test(l));
      expect(key(real)).toEqual(key(ours));
      expect(key(ours)).toEqual([
        'denied: requested access to the resource is denied',
        'Login Succeeded',
        '30858d045d46: Mounted from library/alpine',
        'cef085d37f07: Pushed',
        expect.stringMatching(/^1\.0: digest: sha256:[0-9a-f]{64} size: \d+$/),
        'Current context is now "server-2"',
        'Status: Downloaded newer image for student/web:1.0',
        'Halo dari Pelabuhan',
        'Current context is now "default"',
      ]);
    },
    60_000,
  );
});
