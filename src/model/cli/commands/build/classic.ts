// The legacy builder (`DOCKER_BUILDKIT=0 docker build`): docker/cli 28.2.2 cmd/docker/builder.go
// prints its deprecation notice, then cli/command/image/build.go runBuild sends the context with
// `version=1` ("Sending build context to Docker daemon  2.048kB" on stdout) and shows the daemon's
// `stream`/`aux`/`error` messages as jsonmessage does; the image ID arrives as aux `{"ID":…}`.
import type { CommandContext } from '../../docker/context';
import { CliError } from '../../docker/context';
import { daemonError, isError } from '../../client/api-client';
import { createJsonMessageRenderer, type JsonMessage } from '../../format/jsonmessage';
import { humanSize } from '../../../kernel/go-units';
import { sprintf } from '../../format/go-fmt';
import { prepareBuild } from './build';

/** builder.go buildkitDisabledWarning, printed on stderr with a blank line after it. */
export const BUILDKIT_DISABLED_WARNING =
  'DEPRECATED: The legacy builder is deprecated and will be removed in a future release.\n' +
  `            BuildKit is currently disabled; enable it by removing the DOCKER_BUILDKIT=0
            environment-variable.`;

/** Runs the legacy build. */
export function classicBuild(ctx: CommandContext): number {
  const { out, flags } = ctx;
  out.err(`${BUILDKIT_DISABLED_WARNING}\n\n`);
  const quiet = flags.bool('quiet');
  const prepared = prepareBuild(ctx, '');
  // The upload's last progress line (streamformatter rawProgressFormatter, then a "\r\n" status);
  // with -q it goes to a buffer shown only on failure.
  const sending = `Sending build context to Docker daemon ${sprintf('%8v', [humanSize(prepared.body.length)])}\r\r\n`;
  if (!quiet) out.out(sending);
  const query = { ...prepared.query, version: '1', rm: flags.changed('rm') ? flags.bool('rm') : true };
  const response = ctx.client.request('POST', '/build', query, prepared.body, 'application/x-tar');
  if (isError(response)) {
    if (quiet) out.err(sending);
    throw new CliError(daemonError(response));
  }
  const renderer = createJsonMessageRenderer({ tty: ctx.term.stdoutTty, width: ctx.term.cols });
  let imageId = '';
  let buffered = '';
  let error: string | undefined;
  if (response.body) {
    ctx.client.readStream(response.body, (frames) => {
      for (const frame of frames) {
        if (error !== undefined || !('json' in frame)) continue;
        const message = frame.json as JsonMessage & { aux?: { ID?: string } };
        if (message.aux && typeof message.aux.ID === 'string') imageId = message.aux.ID;
        const text = renderer.push(message);
        if (quiet) buffered += text;
        else out.out(text, frame.at);
        if (renderer.error !== undefined) error = renderer.error;
      }
    });
  }
  if (error !== undefined) {
    if (quiet) out.err(sending + buffered);
    throw new CliError(error);
  }
  // With -q the daemon's output is just the image ID (SuppressOutput), printed as it came.
  if (quiet) out.out(buffered || imageId);
  return 0;
}
