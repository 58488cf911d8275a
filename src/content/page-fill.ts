import type { FillAction, FillPlan } from '../core/fill-plan.ts';
import type { PageSnapshot } from '../core/page-status.ts';
import type { FillReport } from '../shared/messages.ts';
import { applyPlan, type Applied } from './apply-plan.ts';
import { collectFields, type Collected } from './collect-fields.ts';
import { postsOf } from './form-posts.ts';
import { findTargets, type Targets } from './page-targets.ts';

// The elements behind the last snapshot: a plan's refs point into them.
let last: Collected | null = null;

/** Read the page into plain data for the planner. */
export function snapshotPage(): PageSnapshot {
  last = collectFields();
  return { fields: last.fields, groups: last.groups, posts: last.groupElements.map(postsOf) };
}

/** A cheap fingerprint of the form controls, to report a page again only when its form changed. */
export function formSignature(snapshot: PageSnapshot): string {
  return snapshot.fields.map((f) => `${f.tag}${f.type}${f.visible ? 1 : 0}`).join('');
}

export const NOTHING_FILLED: FillReport = { filled: 0, roles: [], left: [], captcha: false, submit: false, message: null, problem: 'no-form', written: [] };

/** The choices the supporter should check, for the fields the fill did change. */
function chosenOf(plan: FillPlan, applied: Applied): Pick<FillReport, 'chosen'> {
  const filled = new Set(applied.filled.map((a) => a.ref));
  const chosen = (plan.chosen ?? []).filter((c) => filled.has(c.ref)).map(({ role, reason, detail }) => ({ role, reason, detail: detail.slice(0, 200) }));
  return chosen.length ? { chosen } : {};
}

const NO_TARGETS: Targets = { captcha: null, submit: null };

/**
 * Apply a plan to the fields of the last snapshot and say what happened. Every value written is
 * reported, whatever the page throws at the fill or at the search for its CAPTCHA and Submit.
 */
export function applyAndReport(plan: FillPlan): { report: FillReport; applied: Applied | null; targets: Targets; form?: Element } {
  if (!last || plan.group === null) return { report: NOTHING_FILLED, applied: null, targets: NO_TARGETS };
  const applied: Applied = { filled: [], skipped: [], previous: [] };
  const form = last.groupElements[plan.group] ?? document.body;
  let targets = NO_TARGETS;
  try {
    applyPlan(plan, last.elements, applied, last.labels);
    targets = findTargets(form);
  } catch {
    // The page broke a DOM method: what was written so far is still reported below.
  }
  return {
    applied, targets, form,
    report: {
      filled: applied.filled.length,
      roles: applied.filled.map((a) => a.role),
      left: [
        ...plan.refusals.map((r) => ({ role: r.role, reason: r.reason, ...(r.detail ? { detail: r.detail } : {}) })),
        ...applied.skipped.map((s) => ({ role: s.action.role, reason: s.why })),
      ],
      ...chosenOf(plan, applied),
      captcha: targets.captcha !== null || plan.forbidden.some((f) => f.reason === 'captcha'),
      submit: targets.submit !== null,
      message: plan.message,
      problem: null,
      written: applied.filled.map(written),
    },
  };
}

/**
 * A filled field as the person sees it: its label as read with the page, and the value written
 * (an option's text, a box's tick). Plain data from the snapshot: nothing the page can break.
 */
function written(action: FillAction): { role: string; label: string; value: string } {
  const field = last?.fields[action.ref];
  const label = field ? field.labels[0] || field.ariaLabel || field.placeholder || field.nearby : '';
  const value = action.checked !== undefined ? (action.checked ? '✓' : '✗')
    : field?.options.find((o) => o.value === action.value)?.text || action.value;
  return { role: action.role, label: label.slice(0, 200), value: value.slice(0, 20_000) };
}
