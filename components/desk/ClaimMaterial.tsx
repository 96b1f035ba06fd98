// Placeholder: the evidence, appearances and relations panel of a claim's desk page.
export async function ClaimMaterial({ claimId }: { claimId: string }) {
  return <section aria-label="Evidence" data-claim-id={claimId} />
}
