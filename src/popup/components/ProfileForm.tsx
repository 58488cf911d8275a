import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { STATE_CODES, US_STATES } from '../../core/us-states.ts';
import { PREFIXES, validateProfile, type FieldErrors, type Profile, type ProfileField } from '../../shared/profile.ts';
import { t } from '../i18n.ts';

interface Props {
  profile: Profile;
  /** Fields that were reset because what was stored could not be read. */
  reset: string[];
  onSave(profile: Profile): Promise<void>;
}

type Draft = Record<ProfileField, string>;

const TEXT_FIELDS: { key: ProfileField; type?: 'text' | 'email' | 'tel'; autocomplete: string }[] = [
  { key: 'firstName', autocomplete: 'given-name' },
  { key: 'lastName', autocomplete: 'family-name' },
  { key: 'email', type: 'email', autocomplete: 'email' },
  { key: 'phone', type: 'tel', autocomplete: 'tel-national' },
  { key: 'street', autocomplete: 'address-line1' },
  { key: 'street2', autocomplete: 'address-line2' },
  { key: 'city', autocomplete: 'address-level2' },
];

function Field({ name, error, children }: { name: ProfileField; error?: string; children: ComponentChildren }) {
  return (
    <div class={`field${error ? ' invalid' : ''}`}>
      <label for={`p-${name}`}>{t(`field_${name}`)}</label>
      {children}
      {error && <p class="error" id={`p-${name}-error`} role="alert">{t(error)}</p>}
    </div>
  );
}

/** The supporter's details, checked as a whole: either all of it is saved, or none. */
export function ProfileForm({ profile, reset, onSave }: Props) {
  const [draft, setDraft] = useState<Draft>({ ...profile });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<'idle' | 'saved' | 'invalid' | 'failed'>('idle');
  const set = (key: ProfileField) => (event: Event) => {
    setDraft({ ...draft, [key]: (event.currentTarget as HTMLInputElement).value });
    setStatus('idle');
  };
  const describedBy = (key: ProfileField) => (errors[key] ? `p-${key}-error` : undefined);

  async function submit(event: Event) {
    event.preventDefault();
    const result = validateProfile(draft);
    if (!result.ok) { setErrors(result.errors); setStatus('invalid'); return; }
    setErrors({});
    try {
      await onSave(result.profile);
    } catch {
      // Storage refused (a newer version's data is there): what is stored stays as it was.
      setStatus('failed');
      return;
    }
    setDraft({ ...result.profile });
    setStatus('saved');
  }

  return (
    <form class="profile" onSubmit={submit} noValidate>
      {reset.length > 0 && <p class="notice" role="alert">{t('profileResetNotice', [reset.map((k) => t(`field_${k}`)).join(', ')])}</p>}
      <Field name="prefix" error={errors.prefix}>
        <select id="p-prefix" value={draft.prefix} onChange={set('prefix')} aria-describedby={describedBy('prefix')}>
          {PREFIXES.map((p) => <option value={p}>{p || t('prefixNone')}</option>)}
        </select>
      </Field>
      {TEXT_FIELDS.map(({ key, type, autocomplete }) => (
        <Field name={key} error={errors[key]}>
          <input id={`p-${key}`} type={(type ?? "text") as "text"} autocomplete={autocomplete} value={draft[key]} onInput={set(key)}
            aria-invalid={errors[key] ? 'true' : undefined} aria-describedby={describedBy(key)} />
        </Field>
      ))}
      <div class="row">
        <Field name="state" error={errors.state}>
          <select id="p-state" value={draft.state} onChange={set('state')} aria-describedby={describedBy('state')}>
            {STATE_CODES.map((code) => <option value={code}>{US_STATES[code]}</option>)}
          </select>
        </Field>
        <Field name="zip" error={errors.zip}>
          <input id="p-zip" inputMode="numeric" autocomplete="postal-code" value={draft.zip} onInput={set('zip')}
            aria-invalid={errors.zip ? 'true' : undefined} aria-describedby={describedBy('zip')} />
        </Field>
        <Field name="zip4" error={errors.zip4}>
          <input id="p-zip4" inputMode="numeric" value={draft.zip4} onInput={set('zip4')}
            aria-invalid={errors.zip4 ? 'true' : undefined} aria-describedby={describedBy('zip4')} />
        </Field>
      </div>
      <p class="privacy">{t('profilePrivacy')}</p>
      <button type="submit" class="primary">{t('saveProfile')}</button>
      <p class="status" role="status">{status === 'saved' ? t('profileSaved') : status === 'invalid' ? t('profileInvalid') : status === 'failed' ? t('profileSaveFailed') : ''}</p>
    </form>
  );
}
