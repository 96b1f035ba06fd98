'use client'
// The reader's tip form (/submit). A server action: without JavaScript the browser posts the form and gets the
// page back (with what was typed, after a refusal); with it, the same without a reload. Everything shown back is
// React text.
import { useActionState } from 'react'
import { Field, FormStatus, Input, Submit, Textarea, fieldAria, inputClass } from '@/components/desk/form'
import { IDLE_FORM } from '@/lib/actions/form-state'
import type { TipMessages } from '@/lib/i18n/tip-messages'
import { submitTipAction } from '@/lib/tips/form-actions'
import { HONEYPOT_FIELD, TIP_EMAIL_MAX, TIP_TEXT_MAX, TIP_URL_MAX } from '@/lib/tips/schema'

export function TipForm({ m, claim }: { m: TipMessages; claim?: string }) {
  const [state, action] = useActionState(submitTipAction, IDLE_FORM)
  const values = state.values ?? {}
  return (
    <div className="space-y-4">
      <FormStatus state={state} />
      <form key={state.submission} action={action} className="space-y-4" data-testid="tip-form">
        {claim ? <input type="hidden" name="claim" value={claim} /> : null}
        <Textarea
          name="text"
          label={claim ? m.tipTextErrorReport : m.tipText}
          hint={m.tipTextHint.replace('{max}', String(TIP_TEXT_MAX))}
          state={state}
          required
          rows={5}
          maxLength={TIP_TEXT_MAX}
          defaultValue={values.text ?? ''}
        />
        <Input name="url" type="url" label={m.tipUrl} hint={m.tipUrlHint} state={state} maxLength={TIP_URL_MAX} inputMode="url" defaultValue={values.url ?? ''} />
        <Input name="email" type="email" label={m.tipEmail} hint={m.tipEmailHint} state={state} maxLength={TIP_EMAIL_MAX} autoComplete="email" defaultValue={values.email ?? ''} />
        <Field name="consent" label={m.tipConsent} state={state} className="flex flex-row-reverse items-start justify-end gap-2" labelClassName="text-sm">
          <input type="checkbox" name="consent" className="mt-1" defaultChecked={values.consent === 'on'} {...fieldAria('consent', { state })} />
        </Field>
        {/* The honeypot: off screen and out of the tab order, so only a robot filling every field fills it. */}
        <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
          <label>
            {m.tipHoneypot}
            <input type="text" name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" defaultValue="" className={inputClass} />
          </label>
        </div>
        <p className="text-sm text-stone-600">{m.tipPrivacy}</p>
        <Submit pending={m.tipSending}>{m.tipSend}</Submit>
      </form>
    </div>
  )
}
