/**
 * What the comparison view says in words: the race's moments (for the screen reader's live region)
 * and the URL values it could not use. Numbers come from the run and the URL, formatted as the
 * model formats them.
 */

import { msg, str } from '@lit/localize';
import { formatMs } from '../../../model/comparison';
import type { IgnoredParam } from './compare-params';
import type { RaceMoment } from './compare-playback';
import { failureSentence } from './compare-words';

/** A moment of the race as one or two sentences; `vmsFailed` says whether some VMs never started. */
export function momentText(m: RaceMoment, vmsFailed: number): string {
  const time = formatMs(m.atMs);
  switch (m.kind) {
    case 'containers-ready':
      return msg(str`All ${m.count} containers are running after ${time}.`, { id: 'compare.view.containersReady' });
    case 'vms-ready':
      return vmsFailed > 0
        ? msg(str`The ${m.count} VMs that started are ready after ${time}.`, { id: 'compare.view.startedVmsReady' })
        : msg(str`All ${m.count} VMs are ready after ${time}.`, { id: 'compare.view.vmsReady' });
    case 'vms-failed': {
      const why = failureSentence('vm', m.failure);
      return m.count === 1
        ? msg(str`VM ${m.first} could not start. ${why}`, { id: 'compare.view.vmFailed' })
        : msg(str`VM ${m.first} and ${m.count - 1} more could not start. ${why}`, { id: 'compare.view.vmsFailed' });
    }
  }
}

/** Which URL value was ignored, its valid range or choices, and what the page used instead. */
export function ignoredText(i: IgnoredParam): string {
  const { key, value } = i;
  if (i.kind === 'range') {
    const { min, max, used } = i;
    return msg(str`Ignored ${key}=${value} from the address: it must be from ${min} to ${max}; using ${used}.`, {
      id: 'compare.view.ignoredRange',
    });
  }
  const choices = i.choices.join(', ');
  const used = i.used;
  return msg(str`Ignored ${key}=${value} from the address: it must be one of ${choices}; using ${used}.`, {
    id: 'compare.view.ignoredChoice',
  });
}
