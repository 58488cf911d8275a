import * as z from 'zod/mini';

// Content scripts run inside government pages we do not control: the background checks what
// they send before it believes it.

/** A page's report of its fill (shared/messages.ts PageReport). */
export const PageReportSchema = z.object({
  filled: z.number().check(z.int(), z.minimum(0)),
  roles: z.array(z.string().check(z.maxLength(40))).check(z.maxLength(200)),
  left: z.array(z.object({
    role: z.nullable(z.string().check(z.maxLength(40))),
    reason: z.string().check(z.maxLength(40)),
    detail: z.optional(z.string().check(z.maxLength(200))),
  })).check(z.maxLength(200)),
  captcha: z.boolean(),
  submit: z.boolean(),
  message: z.nullable(z.object({
    variant: z.number(), length: z.number(), limit: z.nullable(z.number()),
  })),
  problem: z.nullable(z.enum(['no-form', 'waiting-for-form', 'posts-elsewhere', 'form-hidden', 'failed'])),
  refs: z.array(z.number().check(z.int(), z.minimum(0))).check(z.maxLength(2000)),
});

export const OutcomeSchema = z.nullable(z.enum(['sent', 'not-confirmed']));
