/**
 * A session as a scenario file: the lesson's start, then what ran. A lesson step whose lines ran as
 * written (its actions, then `solution ?? commands`) is kept whole, narration and goals included;
 * every other line (what the learner typed) becomes a step of its own, with narration placeholders
 * marked `[TODO …]` in both languages so the author sees what to write and the file still passes
 * the validator. Replayed, the scenario rebuilds the same world. Pure.
 */

import { parseSaveLine } from '../editor/save-line';
import { SCENARIO_SCHEMA, type Localized, type Scenario, type Step, type StepAction, type ViewName } from '../../model';

/** What the export needs of a command record (the lesson log's records have these). */
export interface ExportEntry {
  line: string;
  /** The lesson step it ran in; null (or absent) for the start's silent lines. */
  step?: number | null;
  /** The step action it replays (the lesson log keeps it as the scenario gave it). */
  action?: StepAction | { readonly [key: string]: unknown };
}

/** The mark every placeholder starts with, so an author can search for what is left to write. */
export const TODO_MARK = '[TODO';

/** Placeholder narrations for a learner's line (the line is quoted so the author knows which). */
function placeholder(line: string): { title: Localized; before: Localized; after: Localized } {
  const short = line.length > 60 ? `${line.slice(0, 59)}…` : line;
  return {
    title: { en: short || 'Actions', id: short || 'Aksi' },
    before: {
      en: `${TODO_MARK}: say what \`${short}\` will do]`,
      id: `${TODO_MARK}: jelaskan apa yang akan dilakukan \`${short}\`]`,
    },
    after: {
      en: `${TODO_MARK}: explain what \`${short}\` printed]`,
      id: `${TODO_MARK}: jelaskan apa yang dicetak \`${short}\`]`,
    },
  };
}

/**
 * A typed line as one scenario command line: bash's backslash-newline continuation is joined; a
 * line with any other newline (inside quotes) cannot be one command line, so undefined.
 */
export function singleLine(line: string): string | undefined {
  const joined = line.replace(/\\\r?\n/g, '');
  return /[\r\n]/.test(joined) ? undefined : joined;
}

const sameAction = (a: StepAction | undefined, b: StepAction): boolean =>
  a !== undefined && JSON.stringify(a) === JSON.stringify(b);

/** How many entries at the start of `group` are the lesson step run as written, or -1 if they are not. */
function asWritten(step: Step, group: readonly ExportEntry[]): number {
  const actions = step.actions ?? [];
  const lines = step.solution ?? step.commands;
  const want = actions.length + lines.length;
  if (group.length < want) return -1;
  for (let i = 0; i < actions.length; i++)
    if (!sameAction(group[i].action as StepAction | undefined, actions[i])) return -1;
  for (let i = 0; i < lines.length; i++) {
    const e = group[actions.length + i];
    if (e.action || e.line.trim() !== lines[i].trim()) return -1;
  }
  return want;
}

/** Options of an export. */
export interface ExportOptions {
  /** The view to open with when there is no lesson (the page's current view). */
  view?: ViewName;
}

/**
 * The scenario of a session: `lesson` (undefined for the free terminal, whose lines are all the
 * learner's, from a fresh world of seed 1) and the applied log entries, in order.
 */
export function sessionScenario(
  lesson: Scenario | undefined,
  entries: readonly ExportEntry[],
  options: ExportOptions = {},
): Scenario {
  const steps: Step[] = [];
  const used = new Set<string>();
  const uniqueId = (base: string): string => {
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
  let pending: StepAction[] = [];
  let count = 0;

  const learnerStep = (line: string | undefined, typed: string): void => {
    count++;
    const text = placeholder(typed);
    const step: Step = {
      id: uniqueId(`my-step-${count}`),
      title: text.title,
      before: text.before,
      commands: line === undefined ? [] : [line],
      after: text.after,
    };
    if (line === undefined && typed) {
      step.before = {
        en: `${TODO_MARK}: a command over several lines was left out, type it by hand: ${typed.replace(/\s+/g, ' ')}]`,
        id: `${TODO_MARK}: perintah beberapa baris tidak disertakan, ketik sendiri: ${typed.replace(/\s+/g, ' ')}]`,
      };
    }
    if (pending.length) step.actions = pending;
    pending = [];
    steps.push(step);
  };

  const own = (group: readonly ExportEntry[]): void => {
    for (const e of group) {
      const saved = e.action ? undefined : parseSaveLine(e.line);
      if (e.action) pending.push(e.action as StepAction);
      // The editor's save is the scenario's `file` action (a here-document is no single line).
      else if (saved) pending.push({ file: saved });
      else learnerStep(singleLine(e.line), e.line);
    }
  };

  // Consecutive entries of one lesson step form a group (the start's silent lines are its `start`).
  const run = lesson ? entries.filter((e) => e.step !== null && e.step !== undefined) : entries;
  for (let i = 0; i < run.length; ) {
    let j = i;
    while (j < run.length && run[j].step === run[i].step) j++;
    const group = run.slice(i, j);
    const original = lesson && run[i].step !== null ? lesson.steps[run[i].step!] : undefined;
    const kept = original && pending.length === 0 ? asWritten(original, group) : -1;
    if (original && kept >= 0) {
      steps.push({ ...structuredClone(original), id: uniqueId(original.id) });
      own(group.slice(kept));
    } else own(group);
    i = j;
  }
  if (pending.length) learnerStep(undefined, '');
  if (steps.length === 0) {
    steps.push({
      id: 'my-step-1',
      title: { en: 'First step', id: 'Langkah pertama' },
      before: {
        en: `${TODO_MARK}: nothing ran in this session yet; write the first step]`,
        id: `${TODO_MARK}: belum ada perintah di sesi ini; tulis langkah pertama]`,
      },
      commands: [],
      after: {
        en: `${TODO_MARK}: what the learner should notice]`,
        id: `${TODO_MARK}: apa yang perlu diperhatikan pelajar]`,
      },
    });
  }

  const scenario: Scenario = {
    schema: SCENARIO_SCHEMA,
    id: lesson ? `${lesson.id}-session` : 'my-session',
    order: lesson?.order ?? 99,
    title: lesson
      ? { en: `${lesson.title.en} (my session)`, id: `${lesson.title.id} (sesiku)` }
      : { en: 'My session', id: 'Sesiku' },
    summary: {
      en:
        `${TODO_MARK}: a one-line summary] Exported from a Pelabuhan session` +
        `${lesson ? ` of the lesson "${lesson.title.en}"` : ''}.`,
      id:
        `${TODO_MARK}: ringkasan satu baris] Diekspor dari sesi Pelabuhan` +
        `${lesson ? ` pelajaran "${lesson.title.id}"` : ''}.`,
    },
    view: lesson?.view ?? options.view ?? 'architecture',
    steps,
  };
  if (lesson?.start) scenario.start = structuredClone(lesson.start);
  return scenario;
}

/** The file name an exported scenario is downloaded as. */
export function scenarioFileName(scenario: Scenario): string {
  return `${scenario.id}.scenario.json`;
}
