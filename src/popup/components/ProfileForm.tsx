import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { zipDisagrees } from '../../core/zip-state.ts';
import { STATE_CODES, US_STATES } from '../../core/us-states.ts';
import { PREFIXES, validateProfile, type FieldErrors, type Profile, type ProfileField } from '../../shared/profile.ts';
import { t } from '../i18n.ts';

interface Props {
  profile: Profile;
  /** Fields that were reset because what was stored could not be read. */
  reset: string[];
  /** Nothing saved yet: no state is assumed for the supporter. */
  firstRun?: boolean;
  onSave(profile: Profile): Promise<void>;
}

type Draft = Record<ProfileField, string>;

/** The fields in the order a person reads them; the order errors are visited in. */
const ORDER: ProfileField[] = ['prefix', 'firstName', 'lastName', 'email', 'phone', 'street', 'street2', 'city', 'state', 'zip', 'zip4'];

/** A stored phone (ten digits) shown the way people write it; the stored value stays plain digits. */
const showPhone = (phone: string) => (/^\d{10}$/.test(phone) ? `(${phone.slice(0, 3)}) ${phone.slice(3, 6)}-${phone.slice(6)}` : phone);

function Field({ name, error, children, class: extra = '' }: { name: ProfileField; error?: string; children: ComponentChildren; class?: string }) {
  return (
    <div class={`field ${extra}${error ? ' invalid' : ''}`}>
      <label for={`p-${name}`}>{t(`field_${name}`)}</label>
      {children}
      {error && <p class="error" id={`p-${name}-error`}>{t(error)}</p>}
    </div>
  );
}

/** The supporter's details, checked as a whole: either all of it is saved, or none. */
export function ProfileForm({ profile, reset, firstRun = false, onSave }: Props) {
  const [draft, setDraft] = useState<Draft>({ ...profile, phone: showPhone(profile.phone), state: firstRun ? '' : profile.state });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<'idle' | 'saved' | 'invalid' | 'failed' | 'question'>('idle');
  const [focusFirst, setFocusFirst] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  const mismatch = zipDisagrees(draft.zip.trim(), draft.state);

  // After a refused save, the keyboard goes to the first field to correct.
  useEffect(() => {
    if (!focusFirst) return;
    const first = ORDER.find((key) => errors[key]);
    form.current?.querySelector<HTMLElement>(first ? `#p-${first}` : '#p-state')?.focus();
  }, [focusFirst]);

  const set = (key: ProfileField) => (event: Event) => {
    const next = { ...draft, [key]: (event.currentTarget as HTMLInputElement).value };
    setDraft(next);
    // An error goes away as soon as the field is right; new ones wait for the next Save.
    if (Object.keys(errors).length) {
      const now = validateProfile(next);
      const still = now.ok ? {} : now.errors;
      setErrors(Object.fromEntries(Object.entries(errors).filter(([k]) => still[k as ProfileField]).map(([k]) => [k, still[k as ProfileField]])));
    }
    if (status !== 'invalid') setStatus('idle');
  };
  const describedBy = (key: ProfileField) => (errors[key] ? `p-${key}-error` : undefined);
  const invalid = (key: ProfileField) => (errors[key] ? 'true' : undefined);

  async function submit(event: Event) {
    event.preventDefault();
    const result = validateProfile(draft);
    if (!result.ok) { setErrors(result.errors); setStatus('invalid'); setFocusFirst((n) => n + 1); return; }
    setErrors({});
    // A state the ZIP code does not belong to is asked about once; a second Save keeps it.
    if (mismatch && status !== 'question') { setStatus('question'); setFocusFirst((n) => n + 1); return; }
    try {
      await onSave(result.profile);
    } catch {
      // Storage refused (a newer version's data is there): what is stored stays as it was.
      setStatus('failed');
      return;
    }
    // What the person typed stays as they typed it (the phone with its dashes); the stored copy is normalised.
    setStatus('saved');
  }

  const text = (key: ProfileField, autocomplete: string, type: 'text' | 'email' | 'tel' = 'text', extra = '') => (
    <Field name={key} error={errors[key]} class={extra}>
      <input id={`p-${key}`} type={type as 'text'} autocomplete={autocomplete} value={draft[key]} onInput={set(key)}
        aria-invalid={invalid(key)} aria-describedby={describedBy(key)} />
    </Field>
  );

  return (
    <form class="profile" onSubmit={submit} noValidate ref={form}>
      {reset.length > 0 && <p class="notice" role="alert">{t('profileResetNotice', [reset.map((k) => t(`field_${k}`)).join(', ')])}</p>}
      <div class="row">
        <Field name="prefix" error={errors.prefix} class="narrow">
          <select id="p-prefix" value={draft.prefix} onChange={set('prefix')} aria-describedby={describedBy('prefix')}>
            {PREFIXES.map((p) => <option value={p}>{p || t('prefixNone')}</option>)}
          </select>
        </Field>
        {text('firstName', 'given-name')}
        {text('lastName', 'family-name')}
      </div>
      <div class="row">
        {text('email', 'email', 'email', 'wide')}
        {text('phone', 'tel-national', 'tel')}
      </div>
      {text('street', 'address-line1')}
      <div class="row">
        {text('street2', 'address-line2')}
        {text('city', 'address-level2')}
      </div>
      <div class="row">
        <Field name="state" error={errors.state}>
          <select id="p-state" value={draft.state} onChange={set('state')} aria-invalid={invalid('state')}
            aria-describedby={describedBy('state') ?? (mismatch ? 'p-state-question' : undefined)}>
            <option value="" disabled>{t('ux_chooseState')}</option>
            {STATE_CODES.map((code) => <option value={code}>{US_STATES[code]}</option>)}
          </select>
        </Field>
        <Field name="zip" error={errors.zip} class="narrow">
          <input id="p-zip" inputMode="numeric" autocomplete="postal-code" value={draft.zip} onInput={set('zip')}
            aria-invalid={invalid('zip')} aria-describedby={describedBy('zip')} />
        </Field>
        <Field name="zip4" error={errors.zip4} class="narrow">
          <input id="p-zip4" inputMode="numeric" value={draft.zip4} onInput={set('zip4')}
            aria-invalid={invalid('zip4')} aria-describedby={describedBy('zip4')} />
        </Field>
      </div>
      {mismatch && <p class="notice warn" id="p-state-question">
        {t('ux_zipStateQuestion', [draft.zip.trim().slice(0, 5), US_STATES[mismatch as keyof typeof US_STATES], US_STATES[draft.state as keyof typeof US_STATES] ?? draft.state])}</p>}
      <button type="submit" class="primary" id="save-profile">{status === 'question' ? t('ux_saveAnyway') : t('saveProfile')}</button>
      <p class="status" role="status">{status === 'saved' ? t('profileSaved') : status === 'invalid' ? t('profileInvalid')
        : status === 'failed' ? t('profileSaveFailed') : status === 'question' ? t('ux_zipStateConfirm') : ''}</p>
      <p class="privacy">{t('profilePrivacy')}</p>
    </form>
  );
}
