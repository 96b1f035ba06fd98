'use client'
// A form's submit button, disabled and relabelled while its form is being saved (React's useFormStatus: it must be
// rendered inside the <form>). A form that saves from its own submit handler (not a form action) passes `disabled`
// while it works; a form with several buttons gives each its `name` and `value`.
import type { ComponentProps, ReactNode } from 'react'
import { useFormStatus } from 'react-dom'
import { buttonClass } from './styles'

export function Submit({
  children,
  pending: pendingLabel,
  className = buttonClass,
  disabled,
  ...button
}: { children: ReactNode; pending: ReactNode } & Omit<ComponentProps<'button'>, 'type' | 'children'>) {
  const { pending } = useFormStatus()
  return (
    <button type="submit" disabled={pending || disabled} className={className} {...button}>
      {pending ? pendingLabel : children}
    </button>
  )
}
