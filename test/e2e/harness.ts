/**
 * The e2e harness: serves the built `dist/` with `vite preview` on a free port and launches
 * Debian's chromium through playwright-core, where each test gets a fresh context. Both are stopped
 * by their PIDs.
 */

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** The project root. */
export const ROOT = resolve(import.meta.dirname, '../..');
/** Where Debian installs chromium. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The flags the project runs chromium with. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Whether chromium is installed. */
export function hasChromium(): boolean {
  return existsSync(CHROMIUM);
}

/**
 * Builds the page with vite into `outDir` (a fresh temporary folder by default, so test files
 * running in parallel never serve a half-written build) and returns the folder. The build writes
 * its manifest (`.vite/manifest.json`: which chunk imports which, for the JavaScript budgets);
 * `extraArgs` adds vite flags (the page bench's hidden source maps).
 */
export function buildDist(outDir = mkdtempSync(join(tmpdir(), 'pelabuhan-dist-')), extraArgs: string[] = []): string {
  // NODE_ENV=test (set by vitest) would make the build resolve lit's development exports.
  const env = { ...process.env, NODE_ENV: 'production' };
  const args = [
    join(ROOT, 'node_modules/vite/bin/vite.js'),
    'build',
    '--logLevel',
    'warn',
    '--outDir',
    outDir,
    '--emptyOutDir',
    '--manifest',
    ...extraArgs,
  ];
  const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env });
  if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
  return outDir;
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

/** A running `vite preview`. */
export interface Preview {
  url: string;
  stop: () => void;
}

/** Serves a build with `vite preview` on a free port. */
export async function startPreview(outDir = join(ROOT, 'dist')): Promise<Preview> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [
      join(ROOT, 'node_modules/vite/bin/vite.js'),
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
      '--outDir',
      outDir,
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: false },
  );
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url,
    stop: () => {
      if (child.pid && child.exitCode === null) child.kill('SIGTERM');
    },
  };
}

/** A fresh browser context (no storage, no cookies, no service worker) with one page. */
export interface Browser {
  context: BrowserContext;
  page: Page;
  close: () => Promise<void>;
}

/** The size and preferences of a fresh context's page. */
export interface PageOptions {
  width?: number;
  height?: number;
  reducedMotion?: 'reduce' | 'no-preference';
}

/** A running chromium from which every test opens its own fresh context, so no test sees another's page. */
export interface Chromium {
  /** A new context with one page of `width` × `height`; close it when the test ends. */
  fresh: (options?: PageOptions) => Promise<Browser>;
  close: () => Promise<void>;
}

/** Launches chromium once (for a test file); each test then takes a `fresh()` context from it. */
export async function launchChromium(): Promise<Chromium> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  return {
    fresh: async ({ width = 1280, height = 720, reducedMotion }: PageOptions = {}) => {
      const context = await browser.newContext({ viewport: { width, height }, reducedMotion });
      const page = await context.newPage();
      return { context, page, close: () => context.close() };
    },
    close: () => browser.close(),
  };
}

/** Launches a separate chromium with a fresh profile and one page: a browser of its own (for a cold start). */
export async function launch(
  width = 1280,
  height = 720,
  options: Omit<PageOptions, 'width' | 'height'> = {},
): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'pelabuhan-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width, height },
    reducedMotion: options.reducedMotion,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** Serves a build under a sub-path (`/some/folder/`), as a plain static host would. */
export async function serveSubfolder(prefix: string, dist = join(ROOT, 'dist')): Promise<Preview> {
  const { createServer: createHttpServer } = await import('node:http');
  const { readFile } = await import('node:fs/promises');
  const { extname, normalize } = await import('node:path');
  const server = createHttpServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(prefix)) {
      res.writeHead(404).end();
      return;
    }
    let rel = normalize(path.slice(prefix.length)).replace(/^(\.\.[/\\])+/, '');
    if (rel === '' || rel === '.') rel = 'index.html';
    else if (rel.endsWith('/')) rel = `${rel}index.html`;
    try {
      const body = await readFile(join(dist, rel));
      res.writeHead(200, { 'Content-Type': TYPES[extname(rel)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  const port = await freePort();
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${port}${prefix}`, stop: () => server.close() };
}
