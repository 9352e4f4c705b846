// What `docker login` does once it has credentials (docker/cli login.go loginWithRegistry and
// storeCredentials): the daemon checks them (`POST /auth`), the client stores them in config.json and
// prints the daemon's status, after the file store's warning about unencrypted credentials.
import type { CommandContext } from '../../docker/context';
import { CliError } from '../../docker/context';
import { daemonError, isError } from '../../client/api-client';
import type { Output } from '../../docker/output';
import { configPath, storeAuth } from '../../client/docker-config';
import type { StoredAuth } from '../../client/docker-config';

/** file_store.go's unencryptedWarning, printed with Fprintln when a password is stored. */
function unencryptedWarning(path: string): string {
  return (
    `\nWARNING! Your credentials are stored unencrypted in '${path}'.\n` +
    'Configure a credential helper to remove this warning. See\n' +
    'https://docs.docker.com/go/credential-store/\n\n'
  );
}

/** `POST /auth` with the credentials; the daemon's answer or its error as the CLI prints it. */
export function authenticate(
  ctx: CommandContext,
  auth: StoredAuth,
): { ok: true; status: string } | { ok: false; unauthorized: boolean; message: string } {
  const response = ctx.client.request('POST', '/auth', {}, auth);
  if (isError(response)) return { ok: false, unauthorized: response.status === 401, message: daemonError(response) };
  const body = response.json as { Status?: string };
  return { ok: true, status: body.Status ?? '' };
}

/** storeCredentials, then the status line: the warning (once, when a password was written) goes to stderr first. */
export function store(ctx: CommandContext, out: Output, auth: StoredAuth, status: string): void {
  if (storeAuth(ctx.local, auth) && auth.password !== '') out.err(unencryptedWarning(configPath(ctx.local)));
  if (status !== '') out.out(`${status}\n`);
}

/** Logs in with known credentials (loginWithUsernameAndPassword after the prompts). */
export function loginWith(ctx: CommandContext, out: Output, auth: StoredAuth): number {
  const result = authenticate(ctx, auth);
  if (!result.ok) throw new CliError(result.message);
  store(ctx, out, auth, result.status);
  return 0;
}
