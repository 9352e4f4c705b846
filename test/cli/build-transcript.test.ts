// A build session end to end through the shell, the client and the engine's builder, compared with
// a transcript. The expected text was written from the real tools' source, not captured: buildkit's
// progressui printer.go (plain progress), buildx v0.24.0 (ERROR lines, the #0 description), docker/cli
// 28.2.2 (history's table, builder prune); the steps and their sizes are the model's own.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildSession } from './build-session';

const EXPECTED = fileURLToPath(new URL('./fixtures/build/transcript.txt', import.meta.url));

describe('a build session (plain progress)', () => {
  it('matches the transcript', () => {
    expect(buildSession()).toBe(readFileSync(EXPECTED, 'utf8'));
  });

  it('is deterministic for one seed', () => {
    expect(buildSession()).toBe(buildSession());
  });
});
