// Challenge files: the challenge block is validated with line, column and path like the rest of the format;
// a challenge may leave out steps; a formatted challenge parses back equal.
import { describe, expect, it } from 'vitest';
import { parseScenario, formatScenario } from '../../src/model/lesson/scenario-parse';
import { CHALLENGES } from '../../src/challenges/index';

const HEAD = `schema: pelabuhan-scenario/1
kind: challenge
id: demo
order: 1
title: { en: Demo, id: Demo }
summary: { en: Demo, id: Demo }
view: resources
`;

const errorsOf = (text: string) => {
  const r = parseScenario(text, 'demo.yaml');
  return r.ok ? [] : r.errors.map((e) => `${e.line}:${e.column} ${e.path}: ${e.message}`);
};

describe('challenge files', () => {
  it('a minimal challenge parses without steps', () => {
    const r = parseScenario(`${HEAD}challenge:
  task: { en: Remove nginx, id: Hapus nginx }
  goals:
    - noImage: nginx
  solution: [docker rmi nginx]
`);
    expect(r.ok && r.scenario.steps).toEqual([]);
    expect(r.ok && r.scenario.challenge?.goals).toEqual([{ noImage: 'nginx' }]);
  });

  it('reports each mistake at its line and column', () => {
    const errors = errorsOf(`${HEAD}challenge:
  task: { en: Do it, id: '' }
  goals:
    - contaner: { name: web }
  timer: 3
  hints:
    - when: [{ not: { containers: { image: nginx } } }]
      text: { en: 'still used by {container}', id: 'dipakai {container}' }
    - text: { en: 'x', id: 'y' }
      when: [{ refused: { command: rmi } }]
  failChecks:
    - when: []
      message: { en: broken, id: rusak }
  questions:
    - id: ip
      text: { en: IP?, id: IP? }
      answer: { containerIP: { container: web } }
    - id: ip
      text: { en: IP?, id: IP? }
      answer: { sharedLayer: [alpine] }
  solution: [docker ps]
`);
    expect(errors).toEqual([
      '9:26 challenge.task.id: must not be empty (Indonesian text)',
      "11:7 challenge.goals[0].contaner: unknown goal 'contaner' — did you mean 'container'?",
      '12:10 challenge.timer: must be between 10 and 86400 (seconds); got 3',
      "15:13 challenge.hints[0].text: placeholder {container} is not given by this hint's condition (it gives none)",
      '19:13 challenge.failChecks[0].when: a fail check needs at least one goal',
      "24:15 challenge.questions[0].answer.containerIP: unknown answer 'containerIP' — did you mean 'containerIp'?",
      "25:11 challenge.questions[1].id: duplicate question id 'ip'",
      '27:30 challenge.questions[1].answer.sharedLayer: name at least two images',
    ]);
  });

  it('needs a challenge block with kind challenge, and a goal or a question', () => {
    expect(errorsOf(HEAD)).toEqual(["1:1 : missing required field 'challenge' (kind: challenge)"]);
    expect(errorsOf(`${HEAD}challenge:\n  task: { en: a, id: b }\n  solution: []\n`)).toEqual([
      '9:3 challenge: a challenge needs at least one goal or one question',
    ]);
    const lesson = HEAD.replace('kind: challenge\n', '');
    expect(errorsOf(`${lesson}challenge:\n  task: { en: a, id: b }\n  solution: []\n`)).toContain(
      "7:1 challenge: 'challenge' goes with 'kind: challenge'",
    );
  });

  it('a lesson still needs its steps', () => {
    expect(errorsOf(HEAD.replace('kind: challenge\n', ''))).toEqual(["1:1 : missing required field 'steps'"]);
  });

  it('container goals take published ports and a memory limit', () => {
    const errors = errorsOf(`${HEAD}challenge:
  task: { en: a, id: b }
  goals: [{ container: { name: site, ports: ['8080'], memory: 64 MB } }]
  solution: []
`);
    expect(errors).toEqual([
      "10:46 challenge.goals[0].container.ports[0]: must be a published port ('8080:80', '53:53/udp'); got '8080'",
      "10:63 challenge.goals[0].container.memory: must be a memory size as --memory takes it ('64m'); got '64 MB'",
    ]);
  });

  it('every built-in challenge formats and parses back equal', () => {
    for (const c of CHALLENGES) {
      const r = parseScenario(formatScenario(c));
      expect(r.ok ? r.scenario : r.errors, c.id).toEqual(c);
    }
  });
});
