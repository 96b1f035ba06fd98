// The addresses of claimant and tag pages, for the pages themselves, permalinks, feeds and the sitemap.

/** The readable part of a claimant's address: the ASCII words of the English name (or the name), else "claimant". */
export function claimantSlug(claimant: { name: string; nameEn: string | null }): string {
  const words =
    (claimant.nameEn || claimant.name)
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/['’]/g, '')
      .match(/[a-z0-9]+/g) ?? []
  let slug = ''
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word
    if (next.length > 60) break
    slug = next
  }
  return slug || 'claimant'
}

export const claimantPath = (claimant: { id: string; name: string; nameEn: string | null }) =>
  `/claimants/${encodeURIComponent(claimant.id)}/${claimantSlug(claimant)}`

export const tagPath = (tag: string) => `/tags/${encodeURIComponent(tag)}`
