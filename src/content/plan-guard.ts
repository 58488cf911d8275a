import type { FillPlan } from '../core/fill-plan.ts';

const isIndex = (n: unknown): boolean => Number.isInteger(n) && (n as number) >= 0;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * A plan of the shape the background makes. Only the extension can call into its own world,
 * but what arrives is still checked before it touches the page: by hand, since zod would
 * double the size of the script every page loads.
 */
export function isFillPlan(value: unknown): value is FillPlan {
  if (!isObject(value) || !(value.group === null || isIndex(value.group))) return false;
  const { actions, refusals, forbidden } = value;
  return Array.isArray(actions) && Array.isArray(refusals) && Array.isArray(forbidden)
    && actions.every((a) => isObject(a) && isIndex(a.ref) && typeof a.role === 'string' && typeof a.value === 'string'
      && (a.checked === undefined || typeof a.checked === 'boolean'))
    && refusals.every(isObject) && forbidden.every(isObject);
}
