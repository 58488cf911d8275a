// @vitest-environment node
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { minifyContentScript } from '../../tools/minify-content-script.ts';

// The build's last word on the look's size: every official page loads it, so a change that makes
// it bigger than its budget (10 KiB gzip) stops the build with a message saying what to do.

type Output = { type: 'asset'; fileName: string; source: string };

/** Run the plugin's bundle step on one file, as the build does; what the build would say if it stopped. */
async function build(fileName: string, source: string): Promise<{ output: Output; stopped: string | null }> {
  const output: Output = { type: 'asset', fileName, source };
  const plugin = minifyContentScript() as unknown as { generateBundle: (this: unknown, options: unknown, bundle: Record<string, Output>) => Promise<void> };
  try {
    await plugin.generateBundle.call({ error: (message: string) => { throw new Error(message); } }, {}, { [fileName]: output });
    return { output, stopped: null };
  } catch (error) {
    return { output, stopped: (error as Error).message };
  }
}

/** Script that no minifier or gzip can make small: a long string of random characters, used. */
const bulky = (bytes: number) => `(() => { const words = "${randomBytes(bytes).toString('base64')}"; console.log(words); })();`;

describe("the look's size budget", () => {
  it('stops the build when the look is over 10 KiB gzip, and says where the extra belongs', async () => {
    const { stopped } = await build('src/content/index.js', bulky(16_000));
    expect(stopped).toMatch(/The look \(src\/content\/index\.js\) is \d+ bytes gzip, over its budget of 10240/);
    expect(stopped).toMatch(/src\/content\/fill\.ts/);
  });

  it('lets a look within the budget through, minified', async () => {
    const source = `(() => { const greeting = "hello"; function say(what) { console.log(what); } say(greeting); })();`;
    const { output, stopped } = await build('src/content/index.js', source);
    expect(stopped).toBeNull();
    expect(output.source.length).toBeLessThan(source.length);
    expect(output.source).toContain('hello');
  });

  it('leaves the filler, loaded only for a fill, to its own size', async () => {
    const { stopped } = await build('src/content/fill.js', bulky(16_000));
    expect(stopped).toBeNull();
  });
});
