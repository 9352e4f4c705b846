// How a record names the job that keeps the terminal after its line (the page reads it to know
// whether typed text goes to the job, and when time should follow).
import type { ForegroundJob } from '../docker/foreground-job';
import type { CommandRecord } from './command-record';

/** What the record says of a job that keeps the terminal. */
export function attachedOf(job: ForegroundJob): NonNullable<CommandRecord['attached']> {
  const wakeAt = job.wakeAt();
  return {
    ...(job.containerId !== undefined ? { containerId: job.containerId } : {}),
    readsInput: job.readsInput,
    rawInput: job.rawInput,
    ...(wakeAt !== undefined ? { wakeAt } : {}),
  };
}
