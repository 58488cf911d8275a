import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { lettersPlugin } from './tools/letters/vite-plugin.ts';

export default defineConfig({
  plugins: [preact(), lettersPlugin()],
  test: {
    // Property tests run thousands of cases; a busy 2-core machine must not turn them into timeouts.
    testTimeout: 30_000,
    environment: 'happy-dom',
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx', 'test/dom/**/*.test.ts', 'test/dom/**/*.test.tsx'],
  },
});
