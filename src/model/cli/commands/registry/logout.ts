// `docker logout [SERVER]` (docker/cli 28.2.2 cli/command/registry/logout.go): says whose
// credentials it removes, then erases them from config.json under each spelling of the server
// (the host name, with http:// and https://). 28.2.2 says so even when nothing was stored.
import type { CommandContext } from '../../docker/context';
import { convertToHostname, eraseAuth, INDEX_SERVER } from '../../client/docker-config';

/** Runs `docker logout`. */
export function logout(ctx: CommandContext): number {
  const given = ctx.args[0] ?? '';
  const serverAddress = given === '' ? INDEX_SERVER : given;
  const hostname = given === '' ? serverAddress : convertToHostname(serverAddress);
  const keys = given === '' ? [serverAddress] : [serverAddress, hostname, `http://${hostname}`, `https://${hostname}`];
  ctx.out.out(`Removing login credentials for ${hostname}\n`);
  for (const key of keys) eraseAuth(ctx.local, key);
  return 0;
}
