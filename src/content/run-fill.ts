import { chooseContactForm } from '../core/choose-form.ts';
import { matchSite } from '../core/match-site.ts';
import { planFill } from '../core/plan-fill.ts';
import { prepareLetter } from '../core/prepare-letter.ts';
import type { FillRequest, FillReport, PageStatus } from '../shared/messages.ts';
import sites from '../sites/sites.json';
import { applyPlan, type Applied } from './apply-plan.ts';
import { collectFields } from './collect-fields.ts';
import { findTargets, type Targets } from './page-targets.ts';

export function siteFor(url: string) {
  return matchSite(sites as { id: string; office: PageStatus['office'] & string; match: string[]; messageLimit?: number }[], url);
}

/** Is there a contact form here, and what does it take? Cheap enough to run on load. */
export function pageStatus(url: string): PageStatus {
  const site = siteFor(url);
  const { fields, groups } = collectFields();
  const { form } = chooseContactForm(fields, groups);
  if (!form) return { recognised: false, office: site?.office ?? null, messageLimit: null, fillable: 0 };
  const message = fields.find((f) => form.roles.get(f.ref) === 'message');
  const limits = [message?.maxLength ?? null, site?.messageLimit ?? null].filter((n): n is number => n !== null);
  return {
    recognised: true,
    office: site?.office ?? null,
    messageLimit: limits.length ? Math.min(...limits) : null,
    fillable: form.roles.size,
  };
}

/** Collect → plan → apply, and a report for the supporter. */
export function runFill(request: FillRequest, url: string): { report: FillReport; applied: Applied | null; targets: Targets; form?: Element } {
  const site = siteFor(url);
  const letter = prepareLetter(request.letter, request.salutations, request.choice, site?.office ?? null, request.profile, new Date(request.today));
  const collected = collectFields();
  const plan = planFill(collected.fields, collected.groups, {
    profile: request.profile,
    subject: letter.subject,
    messages: letter.messages,
    topics: letter.topics,
    wantsResponse: request.wantsResponse,
    knownMessageLimit: site?.messageLimit ?? null,
  });
  if (plan.group === null) {
    const report: FillReport = { filled: 0, roles: [], left: [], captcha: false, submit: false, message: null, problem: 'no-form' };
    return { report, applied: null, targets: { captcha: null, submit: null } };
  }
  const applied = applyPlan(plan, collected.elements);
  const targets = findTargets(collected.groupElements[plan.group]!);
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
  return { report, applied, targets, form: collected.groupElements[plan.group] };
}
