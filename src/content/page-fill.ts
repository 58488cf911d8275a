import type { FillPlan } from '../core/fill-plan.ts';
import type { PageSnapshot } from '../core/page-status.ts';
import type { PageReport } from '../shared/messages.ts';
import { applyPlan, type Applied } from './apply-plan.ts';
import { collectFields, type Collected, type Control } from './collect-fields.ts';
import { placesOf, postsOf, type Posts } from './form-posts.ts';
import { findTargets, type Targets } from './page-targets.ts';

// The elements behind the last snapshot: a plan's refs point into them.
let last: Collected | null = null;
/** Where each form of the last snapshot sent when it was read: the places the extension judged. */
let lastPosts: Posts[] = [];
/** The form of the last fill still sends where it did when read (for "Fill again"). */
let sendsAsRead = (): boolean => false;

/** Read the page into plain data for the planner. */
export function snapshotPage(): PageSnapshot {
  last = collectFields();
  lastPosts = postsOf(last.groupElements);
  return { fields: last.fields, groups: last.groups, posts: lastPosts.map((p) => p.places) };
}

/** "Fill again" after Undo: the same plan into the same fields, with the same check of where the form sends. */
export const applyAgain = (plan: FillPlan, elements: Control[]): Applied => applyPlan(plan, elements, undefined, undefined, sendsAsRead);

/** A cheap fingerprint of the form controls, to report a page again only when its form changed. */
export function formSignature(snapshot: PageSnapshot): string {
  return snapshot.fields.map((f) => `${f.tag}${f.type}${f.visible ? 1 : 0}`).join('');
}

/**
 * Apply a plan to the fields of the last snapshot and say what happened. Every value written is
 * reported, whatever the page throws at the fill or at the search for its CAPTCHA and Submit.
 * Null when there is nothing to apply it to: the extension then hears no answer, and says so.
 */
export function applyAndReport(plan: FillPlan): { report: PageReport; applied: Applied; targets: Targets; form: Element } | null {
  if (!last || plan.group === null) return null;
  const applied: Applied = { filled: [], skipped: [], previous: [] };
  const form = last.groupElements[plan.group] ?? document.body;
  let targets: Targets = { captcha: null, submit: null };
  const read = lastPosts[plan.group] ?? { places: [], buttons: [] };
  // A page may point its form elsewhere once it is read (its action, a <base>): checked before each write and after the last.
  sendsAsRead = () => placesOf(form, read.buttons).join('\n') === read.places.join('\n');
  try {
    applyPlan(plan, last.elements, applied, last.labels, sendsAsRead);
    targets = findTargets(form);
  } catch {
    // The page broke a DOM method: what was written so far is still reported below.
  }
  return {
    applied, targets, form,
    report: {
      filled: applied.filled.length,
      roles: applied.filled.map((a) => a.role),
      // Only what the page changed at the last moment: the plan's own refusals the extension adds.
      left: applied.skipped.map((s) => ({ role: s.action.role, reason: s.why })),
      captcha: targets.captcha !== null || plan.forbidden.some((f) => f.reason === 'captcha'),
      submit: targets.submit !== null,
      message: plan.message,
      problem: null,
      refs: applied.filled.map((a) => a.ref),
    },
  };
}
