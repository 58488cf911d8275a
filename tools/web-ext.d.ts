// The part of web-ext's programmatic API that tools/package.ts uses (web-ext ships no types).
declare module 'web-ext' {
  interface BuildParams { sourceDir: string; artifactsDir: string; overwriteDest?: boolean; filename?: string; ignoreFiles?: string[] }
  const webExt: { cmd: { build(params: BuildParams, options?: { showReadyMessage?: boolean }): Promise<{ extensionPath: string }> } };
  export default webExt;
}
