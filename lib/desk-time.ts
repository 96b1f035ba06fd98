// Times on the desk, in the desk's time zone (DESK_TIME_ZONE, lib/env.ts deskTimeZone; in client components
// components/desk/DeskTimeZone.tsx): "2026-12-03 01:51 UTC+9", and the calendar day an instant falls on there.
// Calendar dates (a source's publication date, a window's end) are stored as UTC midnights and are not instants:
// lib/format.ts formatDate shows them as they are.

function parts(date: Date | string, timeZone: string, withTime: boolean) {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'shortOffset' } : {}),
  } as Intl.DateTimeFormatOptions)
  return Object.fromEntries(format.formatToParts(new Date(date)).map((part) => [part.type, part.value]))
}

/** Intl's "GMT+9", "GMT+5:30" or "GMT" as "UTC+9", "UTC+5:30", "UTC". */
const offset = (name: string) => (/^GMT([+-]0)?$/.test(name) ? 'UTC' : name.replace(/^GMT/, 'UTC'))

/** The day an instant falls on in the time zone: "2026-12-03". */
export function formatDeskDate(date: Date | string, timeZone: string): string {
  const p = parts(date, timeZone, false)
  return `${p.year}-${p.month}-${p.day}`
}

/** An instant to the minute in the time zone, with its offset from UTC: "2026-12-03 01:51 UTC+9", "… 16:51 UTC". */
export function formatDeskTime(date: Date | string, timeZone: string): string {
  const p = parts(date, timeZone, true)
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute} ${offset(p.timeZoneName)}`
}
