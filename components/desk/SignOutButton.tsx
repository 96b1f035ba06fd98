'use client'

import { signOut } from 'next-auth/react'

export function SignOutButton() {
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: '/' })} className="underline-offset-4 hover:underline">
      로그아웃 Sign out
    </button>
  )
}
