'use client'
// The desk's time zone (DESK_TIME_ZONE) for client components, given once by the desk layout.
import { createContext, useContext, type ReactNode } from 'react'

const DeskTimeZoneContext = createContext('Asia/Seoul')

export function DeskTimeZone({ timeZone, children }: { timeZone: string; children: ReactNode }) {
  return <DeskTimeZoneContext value={timeZone}>{children}</DeskTimeZoneContext>
}

export const useDeskTimeZone = () => useContext(DeskTimeZoneContext)
