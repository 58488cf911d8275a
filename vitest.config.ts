import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { lettersPlugin } from './tools/letters/vite-plugin.ts';

export default defineConfig({
  plugins: [preact(), lettersPlugin()],
  test: {
    environment: 'happy-dom',
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx', 'test/dom/**/*.test.ts', 'test/dom/**/*.test.tsx'],
  },
});
