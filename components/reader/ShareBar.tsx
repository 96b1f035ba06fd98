// The share bar under a permalink's verdict. Everything but two buttons is plain HTML and works without
// JavaScript: the link as a selectable read-only field, share links to each platform's own share page (no
// third-party script, nothing loaded from another site), the embed snippet and the citation.
import { messages, type MessageKey } from '@/lib/i18n/dictionary'
import type { Locale } from '@/lib/i18n/locale'
import { SHARE_PLATFORMS, shareHref, type SharePlatform } from '@/lib/reader/share'
import { ShareButtons } from './ShareButtons'

const PLATFORM_LABELS: Record<SharePlatform, MessageKey> = {
  x: 'shareOnX',
  facebook: 'shareOnFacebook',
  line: 'shareOnLine',
  email: 'shareByEmail',
}

const field = 'w-full rounded border border-stone-300 bg-stone-50 px-2 py-1 font-mono text-xs text-stone-800'

export function ShareBar({
  url,
  title,
  embed,
  citation,
  locale,
}: {
  url: string
  /** The line of text share links carry with the URL. */
  title: string
  /** The iframe snippet of the claim's embed card. */
  embed: string
  citation: string
  locale: Locale
}) {
  const m = messages(locale)
  return (
    <section aria-labelledby="share-heading" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4" data-testid="share-bar">
      <h2 id="share-heading" className="text-lg font-semibold">
        {m.shareHeading}
      </h2>
      <div className="flex flex-wrap items-end gap-2">
        <label className="flex min-w-0 flex-1 flex-col gap-1 text-sm">
          <span className="font-medium">{m.shareLinkLabel}</span>
          <input id="share-link" type="url" readOnly value={url} className={field} />
        </label>
        <ShareButtons url={url} title={title} fieldId="share-link" labels={{ copy: m.copyLink, copied: m.copied, share: m.shareNative }} />
      </div>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {SHARE_PLATFORMS.map((platform) => (
          <li key={platform}>
            <a
              href={shareHref(platform, url, title)}
              className="underline"
              data-platform={platform}
              {...(platform === 'email' ? {} : { target: '_blank', rel: 'noopener noreferrer' })}
            >
              {m[PLATFORM_LABELS[platform]]}
            </a>
          </li>
        ))}
      </ul>
      <details className="text-sm">
        <summary className="cursor-pointer font-medium">{m.embedThis}</summary>
        <p id="embed-hint" className="mt-2 text-stone-600">
          {m.embedHint}
        </p>
        <textarea
          readOnly
          rows={3}
          value={embed}
          className={`${field} mt-1`}
          aria-label={m.embedCodeLabel}
          aria-describedby="embed-hint"
          data-testid="embed-snippet"
        />
      </details>
      <details className="text-sm">
        <summary className="cursor-pointer font-medium">{m.citeThis}</summary>
        <textarea readOnly rows={3} value={citation} className={`${field} mt-2`} aria-label={m.citationLabel} data-testid="citation" />
      </details>
    </section>
  )
}
