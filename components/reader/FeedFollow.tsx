// "Follow": the RSS and Atom feeds narrowed to one claimant or tag (lib/reader/feed-route.ts).
export function FeedFollow({ label, query }: { label: string; query: string }) {
  return (
    <p className="flex flex-wrap gap-4 text-sm text-stone-600" data-testid="feed-follow">
      <span>{label}</span>
      <a href={`/feed.xml?${query}`} className="underline">
        RSS
      </a>
      <a href={`/atom.xml?${query}`} className="underline">
        Atom
      </a>
    </p>
  )
}
