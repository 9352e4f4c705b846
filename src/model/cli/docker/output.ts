// What a command writes, in order, on stdout and stderr, each piece stamped with the virtual time
// it appears (pull progress arrives over the pull's duration; the page can play it back live).

import type { OutputChunk } from '../shell/command-record';

/** A piece of output on one stream at a virtual time: the command record's chunk. */
export type { OutputChunk };

/** Collects a command's output; `now` gives the default time stamp. */
export class Output {
  readonly chunks: OutputChunk[] = [];

  constructor(private readonly now: () => number) {}

  /** Writes to standard output. */
  out(text: string, at?: number): void {
    this.write('stdout', text, at);
  }

  /** Writes to standard error. */
  err(text: string, at?: number): void {
    this.write('stderr', text, at);
  }

  /** Writes to a stream, merging with the previous chunk when stream and time match. */
  write(stream: 'stdout' | 'stderr', text: string, at?: number): void {
    if (text === '') return;
    const time = at ?? this.now();
    const last = this.chunks[this.chunks.length - 1];
    if (last && last.stream === stream && last.at === time) last.text += text;
    else this.chunks.push({ stream, text, at: time });
  }
}
