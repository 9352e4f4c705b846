/** The player's words: a scenario's text in the page's language, and goals said in words. */

import { msg, str } from '@lit/localize';
import type { Goal, HostGoal, Localized } from '../../model';
import { currentLang } from '../i18n/locale';

/** A scenario text in the page's language. */
export function tr(text: Localized | undefined): string {
  if (!text) return '';
  return text[currentLang()] || text.en;
}

/** A narration's paragraphs (blank lines separate them). */
export function paragraphs(text: Localized | undefined): string[] {
  return tr(text)
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** What a goal asks for, in words, with the host it looks at when it names one. */
export function goalWords(goal: HostGoal): string {
  const words = worldGoalWords(goal);
  return goal.host === undefined ? words : msg(str`${words} (on ${goal.host})`, { id: 'lesson.goal.onHost' });
}

/** What a goal asks for, in words (Docker's own words, such as states, are not translated). */
function worldGoalWords(goal: Goal): string {
  if ('image' in goal) return msg(str`An image ${goal.image} exists`, { id: 'lesson.goal.image' });
  if ('noImage' in goal) return msg(str`There is no image ${goal.noImage}`, { id: 'lesson.goal.noImage' });
  if ('containers' in goal) {
    const c = goal.containers;
    const n = String(c.count ?? c.min ?? 1);
    const state = c.state ? ` (${c.state})` : '';
    return c.count !== undefined
      ? msg(str`Exactly ${n} containers from ${c.image}${state}`, { id: 'lesson.goal.containersCount' })
      : msg(str`At least ${n} containers from ${c.image}${state}`, { id: 'lesson.goal.containersMin' });
  }
  if ('container' in goal) {
    // Docker's own words: the flags that set what the goal asks for (`-p 8080:80 --memory 64m`).
    const flags = [
      ...(goal.container.ports ?? []).map((p) => `-p ${p}`),
      ...(goal.container.memory ? [`--memory ${goal.container.memory}`] : []),
    ];
    const state = [goal.container.state, ...flags].filter(Boolean).join(', ');
    return msg(str`A container named ${goal.container.name}${state ? ` (${state})` : ''}`, {
      id: 'lesson.goal.container',
    });
  }
  if ('noContainer' in goal) return msg(str`No container named ${goal.noContainer}`, { id: 'lesson.goal.noContainer' });
  if ('volume' in goal) {
    const { name, file, contains } = goal.volume;
    if (file !== undefined && contains !== undefined)
      return msg(str`Volume ${name} holds a file ${file} containing "${contains}"`, {
        id: 'lesson.goal.volumeFileText',
      });
    if (file !== undefined) return msg(str`Volume ${name} holds a file ${file}`, { id: 'lesson.goal.volumeFile' });
    return goal.volume.usedBy === undefined
      ? msg(str`A volume named ${goal.volume.name}`, { id: 'lesson.goal.volume' })
      : msg(str`Volume ${goal.volume.name} used by ${goal.volume.usedBy} containers`, { id: 'lesson.goal.volumeUsed' });
  }
  if ('network' in goal) {
    const names = goal.network.containers?.join(', ');
    return names
      ? msg(str`Network ${goal.network.name} with ${names} attached`, { id: 'lesson.goal.networkWith' })
      : msg(str`A network named ${goal.network.name}`, { id: 'lesson.goal.network' });
  }
  if ('daemon' in goal) {
    return goal.daemon === 'running'
      ? msg('The Docker daemon is running', { id: 'lesson.goal.daemonRunning' })
      : msg('The Docker daemon is stopped', { id: 'lesson.goal.daemonStopped' });
  }
  if ('refused' in goal) {
    const what = goal.refused.image
      ? `docker ${goal.refused.command} ${goal.refused.image}`
      : `docker ${goal.refused.command}`;
    return msg(str`The daemon refused ${what}`, { id: 'lesson.goal.refused' });
  }
  if ('pushed' in goal) return msg(str`The registry serves ${goal.pushed}`, { id: 'lesson.goal.pushed' });
  if ('built' in goal) {
    const { image, cached, ran } = goal.built;
    if (cached !== undefined)
      return msg(str`${image} built with at least ${cached} steps from the cache`, { id: 'lesson.goal.builtCached' });
    if (ran !== undefined)
      return msg(str`${image} built, running at least ${ran} steps`, { id: 'lesson.goal.builtRan' });
    return msg(str`An image ${image} built`, { id: 'lesson.goal.built' });
  }
  if ('file' in goal) {
    const { path, contains } = goal.file;
    return contains === undefined
      ? msg(str`A file ${path}`, { id: 'lesson.goal.file' })
      : msg(str`File ${path} containing "${contains}"`, { id: 'lesson.goal.fileText' });
  }
  return msg(str`A command failed with "${goal.failed.message}"`, { id: 'lesson.goal.failed' });
}
