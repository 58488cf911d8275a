import type { FillPlan } from '../core/fill-plan.ts';
import type { PageSnapshot } from '../core/page-status.ts';
import type { PageReport } from '../shared/messages.ts';
import { applyPlanPaced, type Applied, type Destination } from './apply-plan.ts';
import { collectFields, type Collected } from './collect-fields.ts';
import { ownerOf, placesOf, postsOf, type Posts } from './form-posts.ts';
import { findTargets, type Targets } from './page-targets.ts';
import { withInertWatched } from './visibility.ts';

// The elements behind the last snapshot (a plan's refs point into them), and where each of its
// forms sent when it was read: the places the extension judged.
let last: (Collected & { posts: Posts[]; owners: Map<Element, HTMLFormElement | null> }) | null = null;

/** Read the page into plain data for the planner. */
export function snapshotPage(): PageSnapshot {
  const collected = withInertWatched(() => collectFields());
  last = { ...collected, posts: postsOf(collected.groupElements), owners: new Map(collected.elements.map((el) => [el, ownerOf(el)])) };
  return { fields: last.fields, groups: last.groups, posts: last.posts.map((p) => p.places) };
}

/** A cheap fingerprint of the form controls, to report a page again only when its form changed. */
export function formSignature(snapshot: PageSnapshot): string {
  return snapshot.fields.map((f) => `${f.tag}${f.type}${f.visible ? 1 : 0}`).join('');
}

/**
 * Apply a plan to the fields of the last snapshot and say what happened. Every value written is
 * reported, whatever the page throws at the fill or at the search for its CAPTCHA and Submit.
 * Null when there is nothing to apply it to: the extension then hears no answer, and says so.
 */
export interface Done {
  report: PageReport;
  applied: Applied;
  targets: Targets;
  form: Element;
  /** Where the values go, as read: asked again by "Fill again". */
  to: Destination;
}

export async function applyAndReport(plan: FillPlan): Promise<Done | null> {
  if (!last || plan.group === null) return null;
  const applied: Applied = { filled: [], skipped: [], previous: [] };
  const form = last.groupElements[plan.group] ?? document.body;
  let targets: Targets = { captcha: null, submit: null };
  const read = last.posts[plan.group] ?? { places: [], buttons: [] };
  // A page may point its form elsewhere once it is read (its action, a <base>), or hand its fields
  // to another form (a new form=, a form unwrapped or inserted around them): each field is written
  // only while it is sent with the form it was read in, and that form to where it sent.
  const { owners } = last;
  const to: Destination = {
    sends: () => placesOf(form, read.buttons).join('\n') === read.places.join('\n'),
    holds: (el) => owners.has(el) && ownerOf(el) === owners.get(el),
  };
  try {
    const { elements, labels } = last;
    await withInertWatched(() => applyPlanPaced(plan, elements, applied, labels, to));
    targets = findTargets(form);
  } catch {
    // The page broke a DOM method: what was written so far is still reported below.
  }
  return {
    applied, targets, form, to,
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
