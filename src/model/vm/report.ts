/**
 * The comparison as a plain-text handout: a table of both races (time to ready, RAM, disk, how
 * many fit, what happens at the limit), each row citing its sources, then the numbered sources.
 * Every number comes from the run; nothing here is a model constant.
 */

import { tabwrite } from '../cli/format/tabwriter';
import { formatFlags } from './parameters/parameter';
import type { ComparisonRun } from './comparison';
import type { RaceResult } from './race-result';
import { formatDisk, formatFootnotes, formatMs, formatRam } from './format';

/** Numbers sources in order of first citation. */
class Footnotes {
  readonly order: string[] = [];
  cite(ids: readonly string[]): string {
    for (const id of ids) if (!this.order.includes(id)) this.order.push(id);
    return formatFootnotes(ids.map((id) => this.order.indexOf(id) + 1));
  }
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function fitText(race: RaceResult): string {
  return `${race.fit.total} (${race.fit.limitedBy === 'ram' ? 'RAM' : 'disk'} runs out)`;
}

function limitText(race: RaceResult, prefix: string): string {
  const first = race.timeline.instances.find((i) => i.failure);
  if (first?.failure)
    return (
      `${first.name}${race.failed > 1 ? ` and ${plural(race.failed - 1, 'more', 'more')}` : ''} failed to start: ` +
      `${first.failure.message}`
    );
  return `not reached; ${prefix}${race.fit.total + 1} would fail to start: ${race.limitFailure.message}`;
}

function daemonStates(race: RaceResult): string {
  const counts = new Map<string, number>();
  for (const i of race.timeline.instances)
    if (i.engineState) counts.set(i.engineState, (counts.get(i.engineState) ?? 0) + 1);
  return [...counts].map(([state, n]) => `${n} ${state}`).join(', ') || '-';
}

/** Renders a run as the `compare` report. */
export function formatReport(run: ComparisonRun): string {
  const { vm, container, host, settings, image } = run;
  const notes = new Footnotes();
  const lines: string[] = [];
  const hostNote = notes.cite(run.hostSources);
  lines.push(
    `Pelabuhan compare: ${plural(settings.vms, 'VM', 'VMs')} and ` +
      `${plural(settings.containers, 'container', 'containers')}, each group started at once on the same host`,
  );
  lines.push(
    `Host: ${host.cores} cores, ${formatRam(host.ramBytes)} RAM, ${formatDisk(host.diskBytes)} disk (` +
      `${host.storage.toUpperCase()}, ${formatDisk(host.diskBandwidthBytesPerSec)}/s), CPU speed x` +
      `${(1 / host.sCpu).toFixed(2)} ${hostNote}`,
  );
  lines.push(
    `VMs: ${run.profile.label}, ` +
      `${settings.disks === 'full' ? 'each a full copy of the disk image' : 'linked clones of one base image'}`,
  );
  const pull = image.pulled
    ? `pulled first in ${formatMs(image.pullMs)}, not counted: the VM disk image is local too`
    : 'already local';
  lines.push(
    `Containers: ${image.reference} (${formatDisk(image.sizeBytes)}, ${pull}), started as race-1, race-2, ... ` +
      `in the simulated daemon`,
  );
  const app =
    run.app.kind === 'service'
      ? "the image's service (same start time in VM and container)"
      : 'a plain process (shell or one binary)';
  lines.push(`App in both: ${app}`);
  lines.push('');

  const vmTime = notes.cite(vm.sources.time);
  const ctTime = notes.cite(container.sources.time);
  const vmRam = notes.cite(vm.sources.ram);
  const ctRam = notes.cite(container.sources.ram);
  const vmDisk = notes.cite(vm.sources.disk);
  const ctDisk = notes.cite(container.sources.disk);
  const both = (a: string, b: string) => [a, b].filter(Boolean).join(' ');
  const ready = (r: RaceResult) => (r.firstReadyMs === null ? '-' : formatMs(r.allReadyMs));
  const rows: string[][] = [
    ['', plural(settings.vms, 'VM', 'VMs'), plural(settings.containers, 'container', 'containers'), 'SOURCES'],
    ['Started', `${vm.started} of ${vm.requested}`, `${container.started} of ${container.requested}`, ''],
    ['In the daemon afterwards', '-', daemonStates(container), ''],
    ['One alone ready in', formatMs(vm.singleMs), formatMs(container.singleMs), both(vmTime, ctTime)],
    ['All started ready after', ready(vm), ready(container), both(vmTime, ctTime)],
    ['RAM used (whole host)', formatRam(vm.ram.usedBytes), formatRam(container.ram.usedBytes), both(vmRam, ctRam)],
    [
      '  shared (host OS, engine)',
      formatRam(vm.ram.sharedBytes),
      formatRam(container.ram.sharedBytes),
      both(vmRam, ctRam),
    ],
    [
      '  per instance',
      formatRam(vm.ram.perInstanceBytes),
      formatRam(container.ram.perInstanceBytes),
      both(vmRam, ctRam),
    ],
    ['Disk used', formatDisk(vm.disk.usedBytes), formatDisk(container.disk.usedBytes), both(vmDisk, ctDisk)],
    [
      '  shared (base image, layers)',
      formatDisk(vm.disk.sharedBytes),
      formatDisk(container.disk.sharedBytes),
      both(vmDisk, ctDisk),
    ],
    [
      '  per instance',
      formatDisk(vm.disk.perInstanceBytes),
      formatDisk(container.disk.perInstanceBytes),
      both(vmDisk, ctDisk),
    ],
    ['Fit on this host', fitText(vm), fitText(container), both(both(vmRam, vmDisk), both(ctRam, ctDisk))],
  ];
  lines.push(tabwrite(rows.map((r) => r.join('\t') + '\n').join('')).trimEnd());
  lines.push('');
  lines.push(`VMs at the limit: ${limitText(vm, 'vm-')}`);
  lines.push(`Containers at the limit: ${limitText(container, 'race-')}`);
  for (const check of run.checks) {
    const measured = run.citations[check.param];
    lines.push(
      `Check, ${check.span}: measured ${measured.value} ${formatFlags(measured.flags)} ` +
        `${notes.cite([check.param])}; this model ${formatMs(check.modelMs)}`,
    );
  }
  lines.push('');
  lines.push('Sources ([M] measured, [D] documented, [I] informal, [C] claim, [E] our estimate; * set for this run):');
  notes.order.forEach((id, i) => {
    const c = run.citations[id];
    const value = c.value ? ` = ${c.value}${c.overridden ? '*' : ''}` : '';
    lines.push(`[${i + 1}] ${id}${value} ${formatFlags(c.flags)} ${c.label}. ${c.source}`);
  });
  // Padded table cells must not leave trailing spaces (handouts are copied and diffed).
  return (
    lines
      .join('\n')
      .split('\n')
      .map((l) => l.trimEnd())
      .join('\n') + '\n'
  );
}
