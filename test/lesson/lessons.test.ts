// The built-in lessons (src/lessons): every file is a valid scenario, both languages are there, and
// every lesson replays step by step to its goals, each step making at least one of its goals true.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LESSONS } from '../../src/lessons/index';
import { checkGoal, imageNamed } from '../../src/model/lesson/goals';
import { parseScenario } from '../../src/model/lesson/scenario-parse';
import { runStep, startLesson, type LessonWorld } from '../../src/model/lesson/lesson-replay';
import { recordText } from '../../src/model/cli/shell/command-record';
import type { Localized, Scenario, Step } from '../../src/model/lesson/scenario';
import { VIEWS } from '../../src/model/lesson/scenario';
import { defaultHost } from '../../src/model/world/world-base';
import { findNetwork } from '../../src/model/engine/networks/endpoints';

const DIR = new URL('../../src/lessons/', import.meta.url);
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();
const COURSE = LESSONS.filter((l) => l.id !== 'sandbox');
/** The chapters of the course after the seed's agenda (issue 11 point 11), with their views, in course order. */
const FOLLOWING_CHAPTERS: ReadonlyArray<readonly [string, string]> = [
  ['logs', 'lifecycle'],
  ['exec', 'lifecycle'],
  ['port-forwarding', 'resources'],
  ['environment-variables', 'resources'],
  ['stats-and-limits', 'lifecycle'],
  ['bind-mounts', 'resources'],
  ['container-volumes', 'resources'],
  ['backup-restore', 'resources'],
  ['mongo-network', 'resources'],
  ['inspect', 'resources'],
  ['prune', 'resources'],
  ['build-first-image', 'build'],
  ['layer-cache', 'build'],
  ['push-and-run-elsewhere', 'architecture'],
  ['compose', 'resources'],
];

/** Every localized text of a lesson, with where it is. */
function texts(lesson: Scenario): Array<[string, Localized]> {
  const out: Array<[string, Localized]> = [
    ['title', lesson.title],
    ['summary', lesson.summary],
  ];
  lesson.steps.forEach((s, i) => {
    out.push([`steps[${i}].title`, s.title], [`steps[${i}].before`, s.before], [`steps[${i}].after`, s.after]);
    if (s.predict) out.push([`steps[${i}].predict`, s.predict]);
    (s.hints ?? []).forEach((h, j) => out.push([`steps[${i}].hints[${j}]`, h]));
  });
  return out;
}

/** Docker's words a narration quotes: 'text' (an apostrophe inside a word is not a quote). */
function quotes(text: string): string[] {
  return [...text.matchAll(/(?<![\p{L}\d])'([^']+)'(?![\p{L}\d])/gu)].map((m) => m[1]);
}

/** Whether a highlighted element is in the world (targets that name a thing). */
function present(lw: LessonWorld, target: string): boolean {
  const host = defaultHost(lw.world);
  const [kind, ...rest] = target.split(':');
  const name = rest.join(':');
  if (kind === 'image') return imageNamed(host, name) !== undefined;
  if (kind === 'container') return host.names[`/${name}`] !== undefined;
  if (kind === 'volume') return host.volumes[name] !== undefined;
  if (kind === 'network') return findNetwork(host, name)?.name === name;
  if (kind === 'registry') return lw.world.state.registries[name] !== undefined;
  return true;
}

/** The views that draw each kind of highlight target (the hooks src/ui/lesson/highlighter.ts looks for). */
const DRAWN_IN: Record<string, readonly string[]> = {
  image: ['layers'],
  layer: ['layers'],
  container: ['layers', 'lifecycle', 'resources', 'compare'],
  volume: ['resources'],
  network: ['resources'],
  registry: ['architecture'],
  daemon: ['architecture'],
  client: ['architecture'],
  api: ['architecture'],
  vm: ['compare'],
  compare: ['compare'],
};

const TARGET = new RegExp(
  `^(${[
    /image:[a-z0-9./:_-]+/,
    /layer:shared/,
    /(container|volume|network):[a-zA-Z0-9_.-]+/,
    /daemon|client|api/,
    /registry:[a-z0-9.-]+/,
    /vm|compare:[a-z-]+/,
  ]
    .map((part) => part.source)
    .join('|')})$`,
);

describe('the lesson files', () => {
  it.each(FILES)('%s parses as a pelabuhan-scenario/1 file, exactly as index.ts imports it', (file) => {
    const text = readFileSync(new URL(file, DIR), 'utf8');
    const parsed = parseScenario(text, file);
    if (!parsed.ok)
      throw new Error(parsed.errors.map((e) => `${file}:${e.line}:${e.column} ${e.path}: ${e.message}`).join('\n'));
    const imported = LESSONS.find((l) => l.id === parsed.scenario.id);
    expect(imported, `${file} is in LESSONS`).toBeDefined();
    expect(parsed.scenario).toEqual(imported);
  });

  it('are all listed in LESSONS, in order, the sandbox last', () => {
    expect(FILES.length).toBe(LESSONS.length);
    const ids = FILES.map((f) => (JSON.parse(readFileSync(new URL(f, DIR), 'utf8')) as Scenario).id).sort();
    expect([...LESSONS.map((l) => l.id)].sort()).toEqual(ids);
    expect(LESSONS.map((l) => l.order)).toEqual([...LESSONS.map((l) => l.order)].sort((a, b) => a - b));
    expect(LESSONS.at(-1)?.id).toBe('sandbox');
    expect(LESSONS.at(-1)?.order).toBe(99);
  });

  it('have unique lesson ids and orders, and unique step ids in each lesson', () => {
    expect(new Set(LESSONS.map((l) => l.id)).size).toBe(LESSONS.length);
    expect(new Set(LESSONS.map((l) => l.order)).size).toBe(LESSONS.length);
    for (const lesson of LESSONS)
      expect(new Set(lesson.steps.map((s) => s.id)).size, lesson.id).toBe(lesson.steps.length);
  });

  it('follow the course: the eight seed lessons, then the chapters after its agenda, in order', () => {
    expect(COURSE.map((l) => l.id)).toEqual([
      'vms-and-containers',
      'architecture',
      'registries',
      'images',
      'containers',
      'lifecycle',
      'volumes',
      'networks',
      ...FOLLOWING_CHAPTERS.map(([id]) => id),
    ]);
    expect(COURSE.map((l) => l.view)).toEqual([
      'compare',
      'architecture',
      'architecture',
      'layers',
      'layers',
      'lifecycle',
      'resources',
      'resources',
      ...FOLLOWING_CHAPTERS.map(([, view]) => view),
    ]);
  });
});

describe.each(LESSONS.map((l) => [l.id, l] as const))('lesson %s', (_id, lesson) => {
  it('has every text in English and Bahasa Indonesia, sentences translated', () => {
    for (const [where, text] of texts(lesson)) {
      expect(text.en.trim(), `${where}.en`).not.toBe('');
      expect(text.id.trim(), `${where}.id`).not.toBe('');
      // A one- or two-word title (Start, Pause, Sandbox) may be the same word in both languages.
      if (text.en.split(/\s+/).length > 2) expect(text.id, `${where} is not translated`).not.toBe(text.en);
    }
  });

  it(
    'is a whole lesson: 5 to 9 steps, a prediction, hints ' + 'where the learner types, highlights on valid targets',
    () => {
      if (lesson.id === 'sandbox') {
        expect(lesson.steps).toHaveLength(1);
        expect(lesson.steps[0].goals ?? []).toEqual([]);
        return;
      }
      expect(lesson.steps.length).toBeGreaterThanOrEqual(5);
      expect(lesson.steps.length).toBeLessThanOrEqual(9);
      expect(
        lesson.steps.some((s) => s.predict),
        'a predict step',
      ).toBe(true);
      expect(
        lesson.steps.some((s) => (s.hints ?? []).length > 0),
        'a step with hints',
      ).toBe(true);
      for (const step of lesson.steps) {
        expect(step.highlight?.length, `${step.id} highlights`).toBeGreaterThan(0);
        for (const h of step.highlight ?? []) {
          expect(VIEWS, `${step.id}: view ${h.view}`).toContain(h.view);
          expect(h.target, `${step.id}: target`).toMatch(TARGET);
          expect(
            DRAWN_IN[h.target.split(':')[0]],
            `${step.id}: ${h.target} is not drawn in the ${h.view} view`,
          ).toContain(h.view);
        }
      }
    },
  );

  it('replays step by step: every goal holds after its step, and each step makes one of them true', () => {
    const lw = startLesson(lesson);
    lesson.steps.forEach((step: Step, i) => {
      const goals = step.goals ?? [];
      const before = goals.map((g) => checkGoal(g, lw, i));
      const highlighted = (step.highlight ?? []).map((h) => [h.target, present(lw, h.target)] as const);
      const from = lw.log.length;
      runStep(lw, step, i);
      for (const goal of goals) {
        const after = checkGoal(goal, lw, i);
        expect(after.met, `${lesson.id} step ${i + 1} (${step.id}): ${JSON.stringify(goal)}: ${after.detail}`).toBe(
          true,
        );
      }
      if (goals.length > 0) {
        expect(
          before.some((b) => !b.met),
          `${lesson.id} step ${i + 1} (${step.id}): every goal already held before the step`,
        ).toBe(true);
      }
      // A line fails only where the step teaches a refusal.
      const entries = lw.log.slice(from).filter((e) => !e.action);
      const teachesFailure = goals.some((g) => 'failed' in g || 'refused' in g);
      for (const e of entries)
        if (!teachesFailure)
          expect(e.exitCode, `${lesson.id} ${step.id}: '${e.line}' failed:\n${recordText(e)}`).toBe(0);
      // What the narration quotes is what the simulated client printed.
      const output = entries.map(recordText).join('');
      for (const text of [step.after.en, step.after.id]) {
        for (const quoted of quotes(text)) {
          for (const piece of quoted
            .split(/\[?\.\.\.\]?/)
            .map((p) => p.trim())
            .filter(Boolean)) {
            expect(output, `${lesson.id} ${step.id}: the narration quotes '${piece}'`).toContain(piece);
          }
        }
      }
      // A highlighted image, container, volume, network or registry exists before or after the step.
      for (const [target, was] of highlighted)
        expect(was || present(lw, target), `${lesson.id} ${step.id}: highlight ${target}`).toBe(true);
    });
  });

  it('reaches the same goals with the shell speaking Bahasa Indonesia', () => {
    const lw = startLesson(lesson, 'id');
    lesson.steps.forEach((step, i) => {
      runStep(lw, step, i);
      for (const goal of step.goals ?? [])
        expect(checkGoal(goal, lw, i).met, `${lesson.id} ${step.id} ${JSON.stringify(goal)}`).toBe(true);
    });
  });
});
