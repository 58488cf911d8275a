import { tn } from '../i18n.ts';

/** "2 of 5 written" and a bar: the campaign's progress at a glance. */
export function ProgressGlance({ done, total }: { done: number; total: number }) {
  if (total === 0) return null;
  const label = tn('ux_written', total, [String(done), String(total)]);
  return (
    <div class="glance">
      <p class="progress" id="offices-count">{label}</p>
      <div class="bar" role="progressbar" aria-valuemin={0} aria-valuemax={total} aria-valuenow={done} aria-label={label}>
        <span style={{ width: `${Math.round((done / total) * 100)}%` }} />
      </div>
    </div>
  );
}
