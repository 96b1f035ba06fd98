// SMTP_URL and SMTP_FROM (issue 16): optional, both or neither, each checked for its shape.
import { describe, expect, it } from 'vitest'
import { EnvError, parseEnv } from '../../lib/env'
import { composeNotificationMail, redactSecrets } from '../../lib/notifications/mail'

const problems = (source: Record<string, string>) => {
  try {
    parseEnv(source)
  } catch (error) {
    expect(error).toBeInstanceOf(EnvError)
    return (error as Error).message.split('\n').slice(1)
  }
  return []
}

describe('SMTP settings', () => {
  it('are off by default, and empty values count as unset', () => {
    for (const env of [parseEnv({}), parseEnv({ SMTP_URL: '', SMTP_FROM: '' })]) {
      expect(env.SMTP_URL).toBeUndefined()
      expect(env.SMTP_FROM).toBeUndefined()
    }
  })

  it('accept an smtp:// or smtps:// URL together with a sender address', () => {
    expect(parseEnv({ SMTP_URL: 'smtp://desk:p%40ss@mail.example:587', SMTP_FROM: 'desk@factcheck.example' })).toMatchObject({
      SMTP_URL: 'smtp://desk:p%40ss@mail.example:587',
      SMTP_FROM: 'desk@factcheck.example',
    })
    expect(parseEnv({ SMTP_URL: 'smtps://mail.example', SMTP_FROM: 'desk@factcheck.example' }).SMTP_URL).toBe('smtps://mail.example')
  })

  it('refuse one without the other', () => {
    expect(problems({ SMTP_URL: 'smtp://mail.example:587' })).toEqual(['  SMTP_FROM: must be set when SMTP_URL is set'])
    expect(problems({ SMTP_FROM: 'desk@factcheck.example' })).toEqual(['  SMTP_URL: must be set when SMTP_FROM is set'])
  })

  it('refuse a URL that is not SMTP and a sender that is not an e-mail address', () => {
    for (const url of ['http://mail.example', 'mail.example:587', 'smtp://', 'smtp:// bad host']) {
      expect(problems({ SMTP_URL: url, SMTP_FROM: 'desk@factcheck.example' }).join('\n'), url).toMatch(/SMTP_URL: must be an smtp:\/\/ or smtps:\/\/ URL/)
    }
    expect(problems({ SMTP_URL: 'smtp://mail.example', SMTP_FROM: 'Desk <desk@>' })).toEqual(['  SMTP_FROM: must be an e-mail address such as desk@factcheck.example'])
  })
})

describe('notification e-mail text', () => {
  it('is Korean then English, plain text, with the claim desk page as an absolute URL', () => {
    const mail = composeNotificationMail({ to: 'ed@example.com', kind: 'ASSIGNED', actorName: '김기자', claim: { id: 'c1', text: '물가가\n두 배' }, base: 'https://fc.example/desk-app' })
    expect(mail.subject).toBe('[팩트체크 Claim Tracker] 김기자 님이 이 주장을 맡겼습니다. 김기자 assigned this claim to you.')
    const lines = mail.text.split('\n')
    expect(lines.slice(0, 7)).toEqual([
      '김기자 님이 이 주장을 맡겼습니다.',
      '주장: 물가가 두 배',
      'https://fc.example/desk-app/desk/claims/c1',
      '',
      '김기자 assigned this claim to you.',
      'Claim: 물가가 두 배',
      'https://fc.example/desk-app/desk/claims/c1',
    ])
    expect(composeNotificationMail({ to: 'x@example.com', kind: 'MENTIONED', actorName: 'A', claim: { id: 'c1', text: 't' }, commentId: 'm9', base: 'https://fc.example' }).text).toContain(
      'https://fc.example/desk/claims/c1#comment-m9',
    )
  })

  it('log lines leave the password out, as written and decoded', () => {
    const url = 'smtp://desk:s%23cret@mail.example:587'
    expect(redactSecrets('login s%23cret / s#cret failed', url)).toBe('login *** / *** failed')
    expect(redactSecrets('no secret here', 'smtp://mail.example')).toBe('no secret here')
  })
})
