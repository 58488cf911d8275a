/**
 * Where a property test's cases come from. In CI the seed is fixed: every run draws the same
 * cases, so a red build is a change's doing, not the luck of the draw. Elsewhere each run draws
 * new ones, and a longer hunt is `PROPERTY_RUNS=20000 npx vitest run test/dom/safety-properties`.
 * A failure prints its seed; `PROPERTY_SEED=<seed>` draws that run again.
 */
const CI_SEED = 20261201;

export function propertySeed(): { seed?: number } {
  const given = process.env.PROPERTY_SEED;
  if (given && Number.isInteger(Number(given))) return { seed: Number(given) };
  return process.env.CI ? { seed: CI_SEED } : {};
}
