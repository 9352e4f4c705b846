// `docker login [OPTIONS] [SERVER]` (docker/cli 28.2.2 cli/command/registry/login.go and
// cli/command/registry.go PromptUserForCredentials): flags checked, stored credentials tried first,
// else the username and password from the flags, stdin or the terminal's prompts; the daemon checks
// them (`POST /auth`) and the client stores them in config.json (the file store: base64, with the
// unencrypted-credentials warning).
import type { CommandContext, CommandResult } from '../../docker/context';
import { CliError } from '../../docker/context';
import { convertToHostname, getAuth, INDEX_SERVER } from '../../client/docker-config';
import type { StoredAuth } from '../../client/docker-config';
import { authenticate, loginWith, store } from './login-auth';
import { tuiNote } from '../../format/tui-note';
import { credentialsPrompt } from './credentials-prompt';

const REGISTER_SUGGEST =
  'Log in with your Docker ID or email address to push and pull images from Docker Hub. ' +
  "If you don't have a Docker ID, head over to https://hub.docker.com/ to create one.";
const PAT_SUGGEST =
  'You can log in with your password or a Personal Access Token (PAT). Using a limited-scope PAT grants better ' +
  'security and is required for organizations using SSO. Learn more at https://docs.docker.com/go/access-tokens/';

/** An environment switch as Go's strconv.ParseBool reads it; unset or unreadable gives `fallback`. */
function envBool(ctx: CommandContext, name: string, fallback: boolean): boolean {
  const value = ctx.local.env[name] ?? '';
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(value)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(value)) return false;
  return fallback;
}

/** verifyLoginFlags: the combinations cobra's RunE refuses before anything runs. */
function verifyFlags(ctx: CommandContext): void {
  const { flags } = ctx;
  if (flags.changed('password-stdin')) {
    if (flags.changed('password'))
      throw new CliError('conflicting options: cannot specify both --password and --password-stdin');
    if (!flags.changed('username')) throw new CliError('the --password-stdin option requires --username to be set');
  }
  if (flags.changed('username') && flags.string('username') === '') throw new CliError('username is empty');
  if (flags.changed('password') && flags.string('password') === '') throw new CliError('password is empty');
}

/** loginWithStoredCredentials: true when the stored login still works (its status printed). */
function tryStored(ctx: CommandContext, stored: StoredAuth): boolean {
  const { out } = ctx;
  out.err(`Authenticating with existing credentials... [Username: ${stored.username}]\n`);
  out.err(
    tuiNote("To login with a different account, run 'docker logout' followed by 'docker login'", ctx.term.stderrTty),
  );
  out.err('\n\n');
  const result = authenticate(ctx, stored);
  if (!result.ok) {
    out.err(
      result.unauthorized
        ? 'Stored credentials invalid or expired\n'
        : `Login did not succeed, error: ${result.message}\n`,
    );
    return false;
  }
  store(ctx, out, stored, result.status);
  return true;
}

/** Runs `docker login`. */
export function login(ctx: CommandContext): number | CommandResult {
  verifyFlags(ctx);
  const { flags, out } = ctx;
  const user = flags.string('username');
  let password = flags.string('password');
  if (password !== '') out.err('WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n');
  if (flags.bool('password-stdin')) {
    if (user === '') throw new CliError('username is empty');
    password = (ctx.stdin ?? '').replace(/\n$/, '').replace(/\r$/, '');
  }
  const server = ctx.args[0] ?? '';
  const serverAddress = server !== '' && server !== 'docker.io' ? server : INDEX_SERVER;
  const key = serverAddress === INDEX_SERVER ? serverAddress : convertToHostname(serverAddress);

  let defaultUsername = '';
  if (user === '' && password === '') {
    const stored = getAuth(ctx.local, key);
    if (stored && stored.username !== '' && stored.password !== '') {
      if (tryStored(ctx, stored)) return 0;
      defaultUsername = stored.username;
    }
  }

  if ((user === '' || password === '') && !ctx.term.stdinTty)
    throw new CliError('Error: Cannot perform an interactive login from a non TTY device');
  if (
    key === INDEX_SERVER &&
    user === '' &&
    password === '' &&
    !envBool(ctx, 'DOCKER_CLI_DISABLE_OAUTH_LOGIN', false)
  ) {
    // 28.2.2 first tries Docker Hub's web-based (device code) login, which needs login.docker.com; the
    // simulated world cannot reach it, so the client falls back as it does when that fails to start.
    out.err('Failed to start web-based login - falling back to command line login...\n\n');
  }
  const username = user.trim();
  const pass = password.trim();
  if (username !== '' && pass !== '') return loginWith(ctx, out, { username, password: pass, serveraddress: key });
  if (username === '' && key === INDEX_SERVER) {
    out.out(`${REGISTER_SUGGEST}\n`);
    if (envBool(ctx, 'DOCKER_CLI_HINTS', true)) out.out(`${PAT_SUGGEST}\n\n`);
  }
  return { exitCode: 0, foreground: credentialsPrompt(ctx, { username, defaultUsername, key }) };
}
