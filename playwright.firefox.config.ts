import { defineConfig } from '@playwright/test';

// Firefox (ESR 140+) with the Firefox build, driven by puppeteer-core over WebDriver BiDi; the
// Playwright runner only runs the tests. One Firefox, reused by every test of the worker.
export default defineConfig({
  testDir: 'test/firefox',
  testMatch: '*.spec.ts',
  workers: 1,
  fullyParallel: false,
  timeout: 45_000,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results/firefox',
});
