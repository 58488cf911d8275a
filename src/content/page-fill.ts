import type { FillPlan } from '../core/fill-plan.ts';
import type { PageSnapshot } from '../core/page-status.ts';
import type { FillReport } from '../shared/messages.ts';
import { applyPlan, type Applied } from './apply-plan.ts';
import { collectFields, type Collected } from './collect-fields.ts';
import { findTargets, type Targets } from './page-targets.ts';
import { isOwn } from './own-elements.ts';

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
  const applied = applyPlan(plan, last.elements, isOwn);
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
  };
  return { report, applied, targets, form };
}
