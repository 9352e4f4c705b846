import { describe, expect, it } from 'vitest';
import { advanceOf, backOf, compareParamsOf, currentBlocks, viewOfStep } from '../../src/ui/presenter/present-steps';
import { fitFontPx, longestLine } from '../../src/ui/presenter/output-fit';
import type { Scenario, Step } from '../../src/model/lesson/scenario';

const L = (en: string) => ({ en, id: en });
const step = (id: string, extra: Partial<Step> = {}): Step => ({
  id,
  title: L(id),
  before: L('b'),
  after: L('a'),
  commands: [],
  ...extra,
});
const scenario: Scenario = {
  schema: 'pelabuhan-scenario/1',
  id: 't',
  order: 1,
  title: L('T'),
  summary: L('S'),
  view: 'layers',
  steps: [
    step('read'),
    step('list', { commands: ['docker image ls'] }),
    step('guess', {
      commands: ['docker pull nginx:alpine'],
      predict: L('How many layers?'),
      actions: [{ view: 'api' }],
    }),
    step('last', {
      commands: ['docker image rm alpine', 'docker image ls'],
      highlight: [{ view: 'architecture', target: 'daemon' }],
    }),
  ],
};

describe('Next and Back in front of a class', () => {
  it('Next runs a step with commands, asks the class first when it predicts, reveals, then moves on', () => {
    expect(advanceOf(scenario, { step: 0, stage: 'before' })).toBe('next');
    expect(advanceOf(scenario, { step: 1, stage: 'before' })).toBe('run');
    expect(advanceOf(scenario, { step: 1, stage: 'after' })).toBe('next');
    expect(advanceOf(scenario, { step: 2, stage: 'before' })).toBe('run');
    expect(advanceOf(scenario, { step: 2, stage: 'predict' })).toBe('reveal');
    expect(advanceOf(scenario, { step: 3, stage: 'after' })).toBe('none');
    expect(advanceOf(scenario, { step: 9, stage: 'before' })).toBe('none');
  });

  it("Back returns to the step's narration, or to the step before as it ended (its commands applied)", () => {
    expect(backOf(scenario, { step: 2, stage: 'predict' })).toEqual({ step: 2, stage: 'before', lines: [] });
    expect(backOf(scenario, { step: 3, stage: 'after' })).toEqual({ step: 3, stage: 'before', lines: [] });
    expect(backOf(scenario, { step: 3, stage: 'before' })).toEqual({
      step: 2,
      stage: 'after',
      lines: ['docker pull nginx:alpine'],
    });
    expect(backOf(scenario, { step: 1, stage: 'before' })).toEqual({ step: 0, stage: 'before', lines: [] });
    expect(backOf(scenario, { step: 0, stage: 'before' })).toBeUndefined();
  });

  it(
    "shows the lesson's view until a step switches it (a view action, a comparison, else its first highlight's " +
      'view)',
    () => {
      expect([0, 1, 2, 3].map((i) => viewOfStep(scenario, i))).toEqual(['layers', 'layers', 'api', 'architecture']);
      const more: Scenario = {
        ...scenario,
        steps: [
          ...scenario.steps,
          step('keep'),
          step('race', { actions: [{ compare: { n: 5, profile: 'ubuntu-server', image: 'nginx' } }] }),
          step('after'),
        ],
      };
      expect([4, 5, 6].map((i) => viewOfStep(more, i))).toEqual(['architecture', 'compare', 'compare']);
      expect(compareParamsOf(more, 3)).toBeUndefined();
      expect(compareParamsOf(more, 6)).toEqual({ n: '5', profile: 'ubuntu-server', image: 'nginx' });
    },
  );

  it("counts the current step's printed blocks: applied lines only, daemon switches print none", () => {
    expect(
      currentBlocks({ lines: ['docker ps', '#daemon stop', 'docker ps', 'docker images'], cursor: 13, base: 10 }),
    ).toBe(2);
    expect(currentBlocks({ lines: [], cursor: 4, base: 4 })).toBe(0);
  });
});

describe("the projected output's size", () => {
  it('is as large as the panel allows for the longest line, within a readable range', () => {
    expect(fitFontPx(600, 40)).toBe(24);
    expect(fitFontPx(2000, 10)).toBe(30);
    expect(fitFontPx(300, 60)).toBe(12);
    expect(fitFontPx(0, 40)).toBe(12);
  });

  it('lets digests wrap rather than shrink a table to footnote size', () => {
    expect(fitFontPx(800, 80)).toBe(fitFontPx(800, 66));
  });

  it('measures commands with their prompt and every output line', () => {
    expect(
      longestLine([
        { line: 'docker ps', output: ['CONTAINER ID   IMAGE'] },
        { line: 'x'.repeat(30), output: [] },
      ]),
    ).toBe(32);
  });
});
