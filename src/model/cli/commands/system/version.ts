// `docker version` (docker/cli cli/command/system/version.go): the client block, then the
// server's components, aligned by a tabwriter (minwidth 20, padding 1); with --format the same
// data through a Go template named "version".
import type { CommandContext } from '../../docker/context';
import { CliError } from '../../docker/context';
import { DaemonUnreachable, daemonError, isError } from '../../client/api-client';
import { tabwrite } from '../../format/tabwriter';
import { executeDockerTemplate, goTypeKey, parseDockerTemplate, preprocessFormat } from '../../format/template';

/** The official static 28.2.2 client. */
const CLIENT = {
  Version: '28.2.2',
  ApiVersion: '1.50',
  DefaultAPIVersion: '1.50',
  GitCommit: 'e6534b4',
  GoVersion: 'go1.24.3',
  Os: 'linux',
  Arch: 'amd64',
  BuildTime: 'Fri May 30 12:07:14 2025',
  Context: 'default',
};

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Go's time.ANSIC ("Fri May 30 12:07:26 2025") of an RFC 3339 time; the text itself if it is not one. */
function ansic(text: string): string {
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return text;
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${d.getUTCFullYear()}`
  );
}

interface Component {
  Name: string;
  Version: string;
  Details?: Record<string, string>;
}

function clientBlock(context: string): string {
  return (
    `Client:\n Version:\t${CLIENT.Version}\n API version:\t${CLIENT.ApiVersion}\n` +
    ` Go version:\t${CLIENT.GoVersion}\n Git commit:\t${CLIENT.GitCommit}\n Built:\t${CLIENT.BuildTime}\n` +
    ` OS/Arch:\t${CLIENT.Os}/${CLIENT.Arch}\n Context:\t${context}`
  );
}

function serverBlock(server: { Platform?: { Name?: string }; Components?: Component[] }): string {
  const name = server.Platform?.Name ?? '';
  let text = `\n\nServer:${name ? ` ${name}` : ''}`;
  for (const c of server.Components ?? []) {
    const d = c.Details ?? {};
    text += `\n ${c.Name}:`;
    if (c.Name === 'Engine') {
      text +=
        `\n  Version:\t${c.Version}\n  API version:\t${d.ApiVersion} (minimum version ${d.MinAPIVersion})\n` +
        `  Go version:\t${d.GoVersion}\n  Git commit:\t${d.GitCommit}\n  Built:\t${ansic(d.BuildTime ?? '')}\n` +
        `  OS/Arch:\t${d.Os}/${d.Arch}\n  Experimental:\t${d.Experimental}`;
    } else {
      text += `\n  Version:\t${c.Version}`;
      for (const key of Object.keys(d).sort()) text += `\n  ${key}:\t${d[key]}`;
    }
  }
  return text;
}

/** Runs `docker version`. */
export function version(ctx: CommandContext): number {
  const format = ctx.flags.string('format');
  let server: Record<string, unknown> | undefined;
  let failure: string | undefined;
  try {
    const response = ctx.client.request('GET', '/version');
    if (isError(response)) failure = daemonError(response);
    else server = response.json as Record<string, unknown>;
  } catch (error) {
    if (!(error instanceof DaemonUnreachable)) throw error;
    failure = error.message;
  }
  if (format !== '') return formatted(ctx, format, server, failure);
  const text = clientBlock(ctx.currentContext ?? CLIENT.Context) + (server ? serverBlock(server) : '');
  ctx.out.out(tabwrite(`${text}\n`, { minwidth: 20, tabwidth: 1, padding: 1 }));
  if (failure !== undefined) throw new CliError(failure);
  return 0;
}

function formatted(
  ctx: CommandContext,
  format: string,
  server: Record<string, unknown> | undefined,
  failure: string | undefined,
): number {
  const text = format === 'json' ? '{{json .}}' : preprocessFormat(format).template;
  const parsed = parseDockerTemplate(text);
  if (!parsed.ok)
    throw new CliError(`template parsing error: ${parsed.error.replace(/^template: :/, 'template: version:')}`, 64);
  const data = {
    Client: {
      Platform: { Name: '' },
      ...CLIENT,
      Context: ctx.currentContext ?? CLIENT.Context,
      [goTypeKey]: '*system.clientVersion',
    },
    Server: server ? { ...server, [goTypeKey]: '*types.Version' } : null,
    [goTypeKey]: 'system.versionInfo',
  };
  const result = executeDockerTemplate(parsed.template, data, {
    methodSet: false,
    jsonAsMap: false,
    typeName: 'system.versionInfo',
  });
  if (result.error !== undefined) {
    ctx.out.out('\n');
    throw new CliError(
      result.error.replace(/^template: :/, 'template: version:').replace('executing ""', 'executing "version"'),
    );
  }
  ctx.out.out(`${result.output}\n`);
  if (failure !== undefined) throw new CliError(failure);
  return 0;
}
