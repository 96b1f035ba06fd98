'use client'
// A form's submit button, disabled and relabelled while its form is being saved (React's useFormStatus: it must be
// rendered inside the <form>).
import type { ReactNode } from 'react'
import { useFormStatus } from 'react-dom'
import { buttonClass } from './styles'

export function Submit({ children, pending: pendingLabel, className = buttonClass }: { children: ReactNode; pending: ReactNode; className?: string }) {
  const { pending } = useFormStatus()
  return (
    <button type="submit" disabled={pending} className={className}>
      {pending ? pendingLabel : children}
    </button>
  )
}
