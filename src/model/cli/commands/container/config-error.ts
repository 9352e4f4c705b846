/** A run/create option the client refuses: docker prints `docker: <message>` and the help hint (exit 125). */
export class ConfigError extends Error {}
