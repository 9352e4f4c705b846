/**
 * What goes inside one column of the stacks: a VM's app, bins/libs and guest OS, or a container's
 * app over its thin writable layer; compact columns (tiles) carry blocks only.
 */

import type { ComparisonRun, InstanceTimeline, Phase } from '../../../model/comparison';
import type { InstanceState, StackColumn, StackText, TextSpec } from './compare-stacks-types';

/** Height of a column's caption line (the name, and a container's numbers under it). */
export const CAPTION_H = 14;

const VM_RAM: TextSpec = { kind: 'each', side: 'vm', resource: 'ram' };

/** Fills a VM column: app, bins/libs, guest OS (top-down), or one dashed block when it never started. */
export function fillVm(
  c: StackColumn,
  i: InstanceTimeline,
  state: InstanceState,
  phase: string,
  progress: number | undefined,
  guestH: number,
  run: ComparisonRun,
): void {
  const w = c.w;
  const mid = w / 2;
  const status: TextSpec = { kind: 'status', side: 'vm', state };
  if (c.compact) {
    if (state === 'failed') {
      c.rects.push({ key: 'failed', role: 'failed', x: 0, y: 0, w, h: c.h, state });
      return;
    }
    c.rects.push({ key: 'app', role: 'app', x: 0, y: 0, w, h: 6, state });
    c.rects.push({ key: 'libs', role: 'libs', x: 0, y: 7, w, h: 6, state });
    c.rects.push({ key: 'guest-os', role: 'guest-os', x: 0, y: 14, w, h: c.h - 14, state, progress });
    return;
  }
  c.texts.push({
    key: 'name',
    x: mid,
    y: CAPTION_H - 3,
    anchor: 'middle',
    cls: 'caption mono',
    spec: { kind: 'plain', text: i.name },
    maxPx: w,
  });
  const top = CAPTION_H;
  if (state === 'failed') {
    c.rects.push({ key: 'failed', role: 'failed', x: 0, y: top, w, h: c.h - top, state });
    c.texts.push({
      key: 'failed',
      x: mid,
      y: top + 20,
      anchor: 'middle',
      cls: 'inside failed title',
      spec: status,
      maxPx: w - 6,
    });
    c.texts.push({
      key: 'reason',
      x: mid,
      y: top + 36,
      anchor: 'middle',
      cls: 'inside failed',
      spec: { kind: 'reason', resource: i.failure?.resource ?? 'ram' },
      maxPx: w - 6,
    });
    // What it needed of the resource that ran out.
    const need: Pick<StackText, 'spec' | 'cite' | 'about'> =
      i.failure?.resource === 'disk'
        ? {
            spec: { kind: 'disk', bytes: run.vm.disk.perInstanceBytes },
            cite: run.vm.sources.disk,
            about: { kind: 'each', side: 'vm', resource: 'disk' },
          }
        : { spec: { kind: 'ram', bytes: run.vm.ram.perInstanceBytes }, cite: run.vm.sources.ram, about: VM_RAM };
    c.texts.push({ key: 'need', x: mid, y: top + 52, anchor: 'middle', cls: 'number failed', maxPx: w - 6, ...need });
    return;
  }
  c.rects.push({ key: 'app', role: 'app', x: 0, y: top, w, h: 22, state });
  c.texts.push({
    key: 'app',
    x: mid,
    y: top + 15,
    anchor: 'middle',
    cls: 'inside app',
    spec: { kind: 'title', side: 'vm', role: 'app', hypervisor: 2 },
    maxPx: w - 6,
  });
  c.rects.push({ key: 'libs', role: 'libs', x: 0, y: top + 24, w, h: 20, state });
  c.texts.push({
    key: 'libs',
    x: mid,
    y: top + 38,
    anchor: 'middle',
    cls: 'inside libs',
    spec: { kind: 'title', side: 'vm', role: 'libs', hypervisor: 2 },
    maxPx: w - 6,
  });
  const gy = top + 46;
  c.rects.push({ key: 'guest-os', role: 'guest-os', x: 0, y: gy, w, h: guestH, state, progress });
  c.texts.push({
    key: 'guest',
    x: mid,
    y: gy + 16,
    anchor: 'middle',
    cls: 'inside guest title',
    spec: { kind: 'title', side: 'vm', role: 'guest-os', hypervisor: 2 },
    maxPx: w - 6,
  });
  c.texts.push({
    key: 'status',
    x: mid,
    y: gy + 31,
    anchor: 'middle',
    cls: 'inside guest',
    spec: status,
    maxPx: w - 6,
  });
  if (state === 'starting')
    c.texts.push({
      key: 'phase',
      x: mid,
      y: gy + 44,
      anchor: 'middle',
      cls: 'inside guest phase',
      spec: { kind: 'phase', phase: phase as Phase },
      maxPx: w - 6,
    });
  c.texts.push({
    key: 'ram',
    x: mid,
    y: gy + guestH - 8,
    anchor: 'middle',
    cls: 'inside guest number',
    spec: { kind: 'ram', bytes: run.vm.ram.perInstanceBytes },
    maxPx: w - 6,
    cite: run.vm.sources.ram,
    about: VM_RAM,
  });
}

/** Fills a container column: its name and numbers, the app, and the thin writable layer under it. */
export function fillContainer(c: StackColumn, state: InstanceState, run: ComparisonRun): void {
  const w = c.w;
  const mid = w / 2;
  if (c.compact) {
    c.rects.push({ key: 'app', role: 'app', x: 0, y: 0, w, h: 8, state });
    c.rects.push({ key: 'writable', role: 'writable', x: 0, y: 9, w, h: 3, state });
    return;
  }
  c.texts.push({
    key: 'name',
    x: mid,
    y: CAPTION_H - 3,
    anchor: 'middle',
    cls: 'caption mono',
    spec: { kind: 'plain', text: c.name },
    maxPx: w,
  });
  c.texts.push({
    key: 'ram',
    x: mid,
    y: 2 * CAPTION_H - 3,
    anchor: 'middle',
    cls: 'caption number',
    spec: { kind: 'ram', bytes: run.container.ram.perInstanceBytes },
    maxPx: w,
    cite: run.container.sources.ram,
    about: { kind: 'each', side: 'container', resource: 'ram' },
  });
  c.texts.push({
    key: 'disk',
    x: mid,
    y: 3 * CAPTION_H - 3,
    anchor: 'middle',
    cls: 'caption number',
    spec: { kind: 'disk', bytes: run.container.disk.perInstanceBytes },
    maxPx: w,
    cite: run.container.sources.disk,
    about: { kind: 'each', side: 'container', resource: 'disk' },
  });
  const top = CAPTION_H * 3;
  c.rects.push({ key: 'app', role: 'app', x: 0, y: top, w, h: 24, state });
  // Docker's own words for the container's state (`created`, then `running`) are not translated.
  c.texts.push({
    key: 'app',
    x: mid,
    y: top + 16,
    anchor: 'middle',
    cls: 'inside app mono',
    spec: c.status,
    maxPx: w - 6,
  });
  c.rects.push({ key: 'writable', role: 'writable', x: 0, y: top + 26, w, h: 6, state });
}
