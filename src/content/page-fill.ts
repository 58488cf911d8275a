import type { FillPlan } from '../core/fill-plan.ts';
import type { PageSnapshot } from '../core/page-status.ts';
import type { FillReport } from '../shared/messages.ts';
import { applyPlan, type Applied } from './apply-plan.ts';
import { collectFields, type Collected } from './collect-fields.ts';
import { findTargets, type Targets } from './page-targets.ts';

// The elements behind the last snapshot: a plan's refs point into them.
let last: Collected | null = null;

/** Read the page into plain data for the planner. */
export function snapshotPage(): PageSnapshot {
  last = collectFields();
  return { fields: last.fields, groups: last.groups };
}

/** A cheap fingerprint of the form controls, to report a page again only when its form changed. */
export function formSignature(snapshot: PageSnapshot): string {
  return snapshot.fields.map((f) => `${f.tag}${f.type}${f.visible ? 1 : 0}`).join('');
}

export const NOTHING_FILLED: FillReport = { filled: 0, roles: [], left: [], captcha: false, submit: false, message: null, problem: 'no-form' };

/** Apply a plan to the fields of the last snapshot and say what happened. */
export function applyAndReport(plan: FillPlan): { report: FillReport; applied: Applied | null; targets: Targets; form?: Element } {
  if (!last || plan.group === null) return { report: NOTHING_FILLED, applied: null, targets: { captcha: null, submit: null } };
  const applied = applyPlan(plan, last.elements);
  const form = last.groupElements[plan.group] ?? document.body;
  const targets = findTargets(form);
  const report: FillReport = {
    filled: applied.filled.length,
    roles: applied.filled.map((a) => a.role),
    left: [
      ...plan.refusals.map((r) => ({ role: r.role, reason: r.reason, ...(r.detail ? { detail: r.detail } : {}) })),
      ...applied.skipped.map((s) => ({ role: s.action.role, reason: s.why })),
    ],
    captcha: targets.captcha !== null || plan.forbidden.some((f) => f.reason === 'captcha'),
    submit: targets.submit !== null,
    message: plan.message,
    problem: null,
    written: applied.filled.map((a, i) => written(a.role, applied.previous[i]!.el)),
  };
  return { report, applied, targets, form };
}

/** A filled field as the person sees it: the page's label, and the value (an option's text, a box's tick). */
function written(role: string, el: Element): { role: string; label: string; value: string } {
  try {
    return describe(role, el);
  } catch {
    // A page that breaks its own controls' properties still gets its fill reported, by role.
    return { role, label: '', value: '' };
  }
}

function describe(role: string, el: Element): { role: string; label: string; value: string } {
  const input = el as HTMLInputElement;
  const label = (input.labels?.[0]?.textContent || input.getAttribute('aria-label') || input.placeholder || '').replace(/\s+/g, ' ').trim().slice(0, 200);
  const value = el instanceof HTMLSelectElement ? el.selectedOptions[0]?.textContent?.trim() ?? el.value
    : /checkbox|radio/.test(input.type) ? (input.checked ? '✓' : '✗') : input.value;
  return { role, label, value: value.slice(0, 20_000) };
}
