// The intake review list's keys (IntakeReview.tsx): j/k, x, e, n, 1–9 from a figure, Esc from a field.
import type { KeyboardEvent } from 'react'

/** Text-entry controls: keys typed there are text, except Esc, which goes back to the figure. */
const TYPING = 'textarea, select, input:not([type=checkbox]):not([type=radio]):not([type=submit]):not([type=button])'

/**
 * The review list without the mouse. From a figure (or its tick box and choices): j/k move to the next or previous
 * figure, x ticks or unticks it, e goes to its wording, n chooses a new claim, 1–9 the n-th existing claim offered.
 * In a field, Esc goes back to the figure. Arrow keys and Space keep their usual meaning in every control.
 */
export function reviewKeys(event: KeyboardEvent<HTMLFormElement>) {
  if (event.ctrlKey || event.metaKey || event.altKey) return
  const target = event.target as HTMLElement
  const figure = target.closest<HTMLElement>('[data-candidate]')
  const go = (to: HTMLElement | undefined) => {
    if (!to) return
    to.focus()
    to.scrollIntoView({ block: 'nearest' })
  }
  if (target.matches(TYPING)) {
    if (event.key === 'Escape' && figure) {
      event.preventDefault()
      go(figure)
    }
    return
  }
  const controls = (key: string) => [...(figure?.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(`[data-key="${key}"]`) ?? [])]
  switch (event.key) {
    case 'j':
    case 'k': {
      const all = [...event.currentTarget.querySelectorAll<HTMLElement>('[data-candidate]')]
      const at = figure ? all.indexOf(figure) : -1
      go(event.key === 'j' ? all[at + 1] : all[Math.max(at - 1, 0)])
      break
    }
    case 'x':
      controls('include')[0]?.click()
      break
    case 'e':
      controls('text')[0]?.focus()
      break
    case 'n':
      controls('new')[0]?.click()
      break
    default: {
      const existing = /^[1-9]$/.test(event.key) ? controls('existing')[Number(event.key) - 1] : undefined
      if (!existing) return
      existing.click()
    }
  }
  event.preventDefault()
}
