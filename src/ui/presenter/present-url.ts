/**
 * Teacher mode in the URL: `?lesson=images&mode=present` opens the presenter view (optionally at
 * `&step=3`, 1-based like the share links, and `&lang=id`); `?mode=audience&channel=<id>` opens an
 * audience window that follows the presenter on that channel. Instead of `lesson=`, `src=<same-origin
 * path>` presents a scenario file fetched from there, and `scenario=local:<hash>` one kept in this
 * browser's localStorage (see `scenario-ref.ts`). The presenter keeps its channel and
 * step in its own URL too, so reloading it does not lose its place or the audience windows. Pure: a query string in, a
 * mode out.
 */

import { isChannelId } from './sync-protocol';
import { readScenarioRef, scenarioRefParam, type ScenarioRef } from './scenario-ref';

/** What the URL asks for. */
export type PresentMode =
  | { mode: 'present'; source: ScenarioRef | undefined; step: number; channel: string | undefined }
  | { mode: 'audience'; channel: string | undefined };

/** The teacher mode the query string asks for, or undefined for the normal page. */
export function readPresentMode(search: string): PresentMode | undefined {
  const params = new URLSearchParams(search);
  const mode = params.get('mode');
  if (mode === 'present') {
    const step = Number(params.get('step'));
    const channel = params.get('channel');
    return {
      mode,
      source: readScenarioRef(params),
      step: Number.isInteger(step) && step >= 1 ? step - 1 : 0,
      channel: isChannelId(channel) ? channel : undefined,
    };
  }
  if (mode === 'audience') {
    const channel = params.get('channel');
    return { mode, channel: isChannelId(channel) ? channel : undefined };
  }
  return undefined;
}

/**
 * The presenter view's address for a lesson (its id) or any scenario, at a 1-based step (relative, so the page works
 * under any folder).
 */
export function presenterHref(source: string | ScenarioRef, lang?: 'en' | 'id', step?: number): string {
  const [key, value] = scenarioRefParam(typeof source === 'string' ? { kind: 'lesson', id: source } : source);
  const params = new URLSearchParams({ [key]: value, mode: 'present' });
  if (step !== undefined && Number.isInteger(step) && step > 1) params.set('step', String(step));
  if (lang) params.set('lang', lang);
  return `?${params.toString()}`;
}

/** The audience window's address on `channel` (same origin and path as the presenter). */
export function audienceHref(channel: string): string {
  return `?${new URLSearchParams({ mode: 'audience', channel }).toString()}`;
}

/**
 * The presenter's URL with its channel (kept by a reload) or its current step (1-based) set, from the current `search`.
 */
export function withPresentParams(search: string, set: { channel?: string; step?: number }): string {
  const params = new URLSearchParams(search);
  if (set.channel !== undefined) params.set('channel', set.channel);
  if (set.step !== undefined) {
    if (set.step > 1) params.set('step', String(set.step));
    else params.delete('step');
  }
  return `?${params.toString()}`;
}
