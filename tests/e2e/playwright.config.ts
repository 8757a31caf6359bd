import { defineConfig } from '@playwright/test';

// Separate result folders when several builds are tested side by side (WXT_OUT_DIR).
const suffix = process.env.WXT_OUT_DIR ? `-${process.env.WXT_OUT_DIR.replace(/[^\w-]/g, '')}` : '';

export default defineConfig({
  testDir: '.',
  outputDir: `./test-results${suffix}`,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
});
