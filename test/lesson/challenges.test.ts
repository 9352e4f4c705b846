// The built-in challenges (src/challenges): every file parses as a challenge in both languages, each is solved
// by its reference solution (goals met, questions answered with the world's values) and not by a wrong attempt,
// hints name what the world holds for the states they describe, and fail checks fire when the setup is broken.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHALLENGES, challengeById } from '../../src/challenges/index';
import { parseScenario } from '../../src/model/lesson/scenario-parse';
import { brokenSetup, checkChallengeGoals, currentHint, playChallenge } from '../../src/model/lesson/challenge-check';
import { checkAnswer, expectedAnswer } from '../../src/model/lesson/challenge-answer';
import type { Challenge } from '../../src/model/lesson/scenario-challenge';
import type { Scenario } from '../../src/model/lesson/scenario';
import type { LessonWorld } from '../../src/model/lesson/lesson-replay';

const DIR = new URL('../../src/challenges/', import.meta.url);
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();

const challengeOf = (s: Scenario): Challenge => s.challenge!;
const byId = (id: string): Scenario => challengeById(id)!;

/** Whether the attempt finished the challenge: every goal met and every question answered with the world's value. */
function solved(s: Scenario, lw: LessonWorld): boolean {
  const ch = challengeOf(s);
  const answers = (ch.questions ?? []).map((q) => {
    const expected = expectedAnswer(q.answer, lw);
    return expected.ok && checkAnswer(q, expected.shown, lw).correct;
  });
  return checkChallengeGoals(ch, lw).met && answers.every(Boolean);
}

/** A wrong attempt for each challenge: a plausible mistake. */
const WRONG: Record<string, string[]> = {
  'remove-image-in-use': ['docker rmi -f nginx'],
  'publish-on-8080': ['docker rm -f old', 'docker run -d --name site -p 8080:8080 --memory 64m nginx'],
  'talk-by-name': ['docker network create shop', 'docker run -d --name client --network shop alpine sleep 3600'],
  'volume-survives': ["docker run --name writer -v notes:/data alpine sh -c 'echo buy milk > /data/todo.txt'"],
  'backup-volume': [
    'docker run --rm -v appdata:/data -v /home/user/backup:/backup alpine tar cvf /backup/appdata.tar /data',
    'docker volume create restored',
    'docker run --rm -v restored:/data -v /home/user/backup:/backup alpine ' +
      'sh -c "cd /data && tar xvf /backup/appdata.tar"',
  ],
  'logs-and-exec': ['docker stop worker'],
  'shared-layer': ['docker pull alpine'],
  'inspect-questions': ['docker rm -f web'],
  prune: ['docker container prune -f', 'docker image prune -f'],
  'build-and-push': ['docker build -t student/web:1.0 web', 'docker push student/web:1.0'],
};

describe('built-in challenges', () => {
  it('are ten files, each listed once in index.ts, each parsing as a challenge', () => {
    expect(FILES).toHaveLength(10);
    expect(CHALLENGES).toHaveLength(10);
    for (const file of FILES) {
      const parsed = parseScenario(readFileSync(new URL(file, DIR), 'utf8'), file);
      expect(parsed.ok ? [] : parsed.errors, file).toEqual([]);
      if (!parsed.ok) continue;
      expect(parsed.scenario.kind).toBe('challenge');
      expect(CHALLENGES.filter((c) => c.id === parsed.scenario.id)).toHaveLength(1);
      expect(file).toMatch(new RegExp(`^\\d\\d-${parsed.scenario.id}\\.json$`));
    }
    expect(CHALLENGES.map((c) => c.order)).toEqual([...CHALLENGES.map((c) => c.order)].sort((a, b) => a - b));
  });

  it('have a wrong attempt in this test for each one', () => {
    expect(Object.keys(WRONG).sort()).toEqual(CHALLENGES.map((c) => c.id).sort());
  });

  for (const s of CHALLENGES) {
    describe(s.id, () => {
      const ch = challengeOf(s);
      it('is not done at its start (its goals unmet, or questions to answer), and no fail check holds there', () => {
        const lw = playChallenge(s, []);
        expect(!checkChallengeGoals(ch, lw).met || (ch.questions?.length ?? 0) > 0).toBe(true);
        if (!ch.questions?.length) expect(solved(s, lw)).toBe(false);
        expect(brokenSetup(ch, lw)).toEqual([]);
      });
      it('is solved by its reference solution', () => {
        const lw = playChallenge(s, ch.solution);
        const goals = checkChallengeGoals(ch, lw);
        expect(goals.results.filter((r) => !r.met).map((r) => r.detail)).toEqual([]);
        for (const q of ch.questions ?? []) {
          const expected = expectedAnswer(q.answer, lw);
          expect(expected.ok ? '' : expected.why, q.id).toBe('');
        }
        expect(solved(s, lw)).toBe(true);
        expect(brokenSetup(ch, lw)).toEqual([]);
      });
      it('is not solved by a wrong attempt', () => {
        expect(solved(s, playChallenge(s, WRONG[s.id]))).toBe(false);
      });
      it('has a hint for every state on the way, in both languages with no placeholder left', () => {
        for (let n = 0; n <= ch.solution.length; n++) {
          const hint = currentHint(ch, playChallenge(s, ch.solution.slice(0, n)));
          if (!hint) continue;
          expect(`${hint.text.en} ${hint.text.id}`).not.toMatch(/\{[A-Za-z]+\}/);
        }
        expect(currentHint(ch, playChallenge(s, []))).toBeDefined();
      });
    });
  }
});

describe('state hints name what the world holds', () => {
  it('a refused rmi: the image is still used by the containers named', () => {
    const s = byId('remove-image-in-use');
    const hint = currentHint(challengeOf(s), playChallenge(s, ['docker rmi nginx']));
    expect(hint?.text.en).toBe(
      'The daemon refused: the image is still used by container web, spare. Remove the containers made from ' +
        'nginx first (a running one needs docker rm -f).',
    );
    expect(hint?.text.id).toContain('masih dipakai oleh container web, spare');
  });
  it('a forced rmi: the tag is gone, the container stays', () => {
    const s = byId('remove-image-in-use');
    const hint = currentHint(challengeOf(s), playChallenge(s, ['docker rm -f web', 'docker rmi -f nginx']));
    expect(hint?.text.en).toContain('container spare still uses it');
  });
  it('a run on a taken port, then the failed container left behind', () => {
    const s = byId('publish-on-8080');
    const line = 'docker run -d --name site -p 8080:80 --memory 64m nginx';
    expect(currentHint(challengeOf(s), playChallenge(s, [line]))?.text.en).toBe(
      'Port 8080 is already published by container old. Stop or remove it first.',
    );
    const hint = currentHint(challengeOf(s), playChallenge(s, [line, 'docker rm -f old']));
    expect(hint?.text.en).toContain('Container site exists but is created');
  });
  it('a volume still used names its container', () => {
    const s = byId('volume-survives');
    const hint = currentHint(challengeOf(s), playChallenge(s, WRONG['volume-survives']));
    expect(hint?.text.en).toContain('Container writer still uses notes');
  });
  it('an archive extracted without --strip: the data/ folder is named', () => {
    const s = byId('backup-volume');
    const hint = currentHint(challengeOf(s), playChallenge(s, WRONG['backup-volume']));
    expect(hint?.text.en).toMatch(/^The archive is there but restored has no config.txt at its top/);
  });
  it('the refused push quotes the line', () => {
    const s = byId('build-and-push');
    const hint = currentHint(challengeOf(s), playChallenge(s, WRONG['build-and-push']));
    expect(hint?.text.en).toContain('Docker Hub refused the push (docker push student/web:1.0)');
  });
  it('the shared layer hint gives the image ID', () => {
    const s = byId('shared-layer');
    const hint = currentHint(challengeOf(s), playChallenge(s, ['docker pull alpine']));
    expect(hint?.text.en).toMatch(/^You have alpine \([0-9a-f]{12}\)/);
  });
});

describe('fail checks', () => {
  const cases: Array<[string, string[]]> = [
    ['remove-image-in-use', ['docker rm hello', 'docker rmi alpine']],
    ['talk-by-name', ['docker rm -f api']],
    ['backup-volume', ['docker volume rm appdata']],
    ['logs-and-exec', ['docker rm -f worker']],
    ['inspect-questions', ['docker rm -f web']],
    ['prune', ['docker rm -f web']],
  ];
  for (const [id, lines] of cases)
    it(`${id}: ${lines.join('; ')} breaks the setup`, () => {
      const s = byId(id);
      const broken = brokenSetup(challengeOf(s), playChallenge(s, lines));
      expect(broken).toHaveLength(1);
      expect(broken[0].message.en).toMatch(/Restart/);
    });
  it('a backup made before the volume was lost is not a broken setup', () => {
    const s = byId('backup-volume');
    const lines = [challengeOf(s).solution[0], 'docker volume rm appdata'];
    expect(brokenSetup(challengeOf(s), playChallenge(s, lines))).toEqual([]);
  });
});

describe('question answers are compared leniently', () => {
  const s = byId('inspect-questions');
  const ch = challengeOf(s);
  const lw = playChallenge(s, []);
  const q = (id: string) => ch.questions!.find((x) => x.id === id)!;
  it("an IP address, trimmed; another container's is wrong", () => {
    const ip = expectedAnswer(q('web-ip').answer, lw);
    expect(ip.ok && ip.shown).toMatch(/^172\.17\.0\.\d+$/);
    expect(checkAnswer(q('web-ip'), `  ${ip.ok ? ip.shown : ''} `, lw).correct).toBe(true);
    expect(checkAnswer(q('web-ip'), '172.17.0.2', lw).correct).toBe(false);
  });
  it('a container ID: short, long, upper case; too short or another is wrong', () => {
    const id = expectedAnswer(q('cache-id').answer, lw);
    const full = id.ok ? id.shown : '';
    expect(full).toMatch(/^[0-9a-f]{64}$/);
    for (const typed of [full, full.slice(0, 12), full.slice(0, 12).toUpperCase(), ` ${full.slice(0, 20)}\n`])
      expect(checkAnswer(q('cache-id'), typed, lw).correct, typed).toBe(true);
    expect(checkAnswer(q('cache-id'), full.slice(0, 6), lw).correct).toBe(false);
    const web = lw.world.state.hosts['docker-host'].names['/web']!;
    expect(checkAnswer(q('cache-id'), web.slice(0, 12), lw).correct).toBe(false);
  });
  it('a published port, bare or with its address', () => {
    for (const typed of ['8088', '0.0.0.0:8088', '8088/tcp', ' 8088 '])
      expect(checkAnswer(q('web-port'), typed, lw).correct, typed).toBe(true);
    for (const typed of ['80', '8080', '']) expect(checkAnswer(q('web-port'), typed, lw).correct, typed).toBe(false);
  });
  it('a shared layer: the ID docker pull prints, or the diff ID inspect shows', () => {
    const sl = byId('shared-layer');
    const lw2 = playChallenge(sl, challengeOf(sl).solution);
    const question = challengeOf(sl).questions![0];
    const host = lw2.world.state.hosts['docker-host'];
    const alpine = Object.values(host.images).find((i) => i.repoTags.includes('docker.io/library/alpine:latest'))!;
    const layer = host.layers[alpine.layers[0]];
    for (const typed of [
      layer.blobDigest.replace('sha256:', '').slice(0, 12),
      layer.diffId,
      layer.diffId.toUpperCase().replace('SHA256:', 'sha256:'),
    ])
      expect(checkAnswer(question, typed, lw2).correct, typed).toBe(true);
    const nginx = Object.values(host.images).find((i) => i.repoTags.includes('docker.io/library/nginx:alpine'))!;
    const own = host.layers[nginx.layers[nginx.layers.length - 1]];
    expect(checkAnswer(question, own.blobDigest.slice(7, 19), lw2).correct).toBe(false);
  });
  it('a question about a container that is gone says so', () => {
    const gone = playChallenge(s, ['docker rm -f web']);
    expect(checkAnswer(q('web-ip'), '172.17.0.3', gone)).toEqual({ correct: false, detail: 'no container named web' });
  });
});
