import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Relative asset paths so dist/ works from any static host, also from a subfolder.
  base: './',
  build: { target: 'es2022', outDir: 'dist' },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    exclude: ['test/**/*.browser.test.ts', 'node_modules/**'],
    testTimeout: 60_000,
  },
});
