/**
 * The files of the machine the docker client runs on: the build context it packs, the Dockerfile and
 * compose.yaml it reads, `~/.docker/config.json` (login's credentials) and `~/.docker/contexts`. In the
 * page, `sim` and lesson replay the client runs on the first Docker host, so these are that host's own
 * files (the ones `-v ./site:/usr/share/nginx/html` binds); the real client has the real disk.
 */

/** What the client (and the host shell's `cat`, `ls`, `>`) can do with local files. Paths are absolute. */
export interface LocalFiles {
  /** A regular file's text, or undefined when there is none (missing, or a directory). */
  read(path: string): string | undefined;
  /** Whether the path is a directory (`/`, the usual top-level ones, `/home/user`, or made). */
  isDirectory(path: string): boolean;
  /** Names directly inside a directory (files and directories, sorted as `ls` does); undefined if not a directory. */
  list(path: string): string[] | undefined;
  /** Writes a file, making its missing parent directories. */
  write(path: string, content: string): void;
  /** Makes a directory and its missing parents. */
  mkdir(path: string): void;
  /** Removes a file, or a directory with everything under it. */
  remove(path: string): void;
}

/** The home directory of the client's user (HOME in the host shell). */
export const CLIENT_HOME = '/home/user';

/** The client's surroundings: its machine's files, its environment and its working directory. */
export interface LocalMachine {
  /** The machine's files; absent where they are not simulated. */
  files?: LocalFiles;
  /** Exported variables docker reads: DOCKER_HOST, DOCKER_CONTEXT, DOCKER_CONFIG, DOCKER_BUILDKIT, … */
  env: Readonly<Record<string, string>>;
  /** The working directory relative paths start from (`docker build .`, `compose.yaml`). */
  cwd: string;
}

/** A machine with no files, no environment, at home: what a bare client runs with. */
export const BARE_MACHINE: LocalMachine = { env: {}, cwd: CLIENT_HOME };
