/**
 * The model's face for the docker client: the shell and its one record of a command, the Engine
 * API it goes through, the client's commands and help, lesson replay and goals, golden-script
 * transcripts, and what the Node tools add (moving the clock, digests). It is large (`createWorld`
 * brings the registry catalog), so the page imports it only from code it loads after it is ready
 * (`loadClient` in ./index).
 */

export { createWorld } from './world/world';
// The page builds a fresh world's registries once the client has arrived (src/ui/app/deferred-modules.ts).
export { createRegistries } from './registry/registries';
export { advanceClock } from './engine/advance';
export { sha256Hex } from './kernel/digest';
export { route } from './api/route';
export type { ApiRequest, ApiResponse, StreamBody } from './api/types';
export { createInProcessTransport } from './cli/client/in-process-transport';
export type { Transport } from './cli/client/transport';
export { createShell, type Shell, type ShellOptions, type ShellState } from './cli/shell/shell';
export {
  recordText,
  streamText,
  type ApiExchange,
  type CommandRecord,
  type OutputChunk,
} from './cli/shell/command-record';
export { COMMANDS } from './cli/docker/command-tree';
export { helpFlags, useLine } from './cli/help/help-text';
export { runAction, runLine, startLesson, stepLines, type LessonWorld } from './lesson/lesson-replay';
export { checkStepGoals, imageNamed, type GoalResult } from './lesson/goals';
export { parseScripts, type Script } from './transcript/script-format';
export { renderTranscriptSection, type StepResult } from './transcript/render';
export { openPage, normalizeAddress, type BrowserPage, type BrowserError } from './cli/host/browser';
// The page's host switcher asks whether the client already has a context for a host.
export { configDir, contextExists } from './cli/client/context-store';
export { hostLocalFiles } from './cli/client/host-local-files';
export { CLIENT_HOME } from './cli/client/local-files';
export { parseDockerfile, type DockerfileError } from './engine/builder/dockerfile';
