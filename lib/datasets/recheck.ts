// Which claims a new snapshot may change, and flagging them. Runs inside the import's own transaction (a plain
// `pg` client, see import.ts), so a failed import flags nothing.
//
// The rule: a claim is flagged when one of its quantities is on a metric that derives from datasets
// (metrics.dataset_country is set) AND that metric is defined by THIS snapshot's source — the quantity's own
// definition has this source, or, when the quantity names no definition, one of the metric's definitions has it. "Every claim on a metric with datasetCountry" would
// also flag claims counted by another dataset (say Stanford CRFM's graphs) whose numbers this import cannot move.
// Merged duplicates are skipped: their permalink redirects to the claim that is flagged instead.
//
// The flag does not bump the claim's optimistic-lock version or updated_at: it is not an edit, and an editor's open
// form should not go stale because a dataset arrived. The audit log records it per claim.
import type pg from 'pg'

export function recheckReason(snapshot: { sourceTitle: string; asOf: Date; rowCount: number }): string {
  const asOf = snapshot.asOf.toISOString().slice(0, 10)
  return (
    `새 데이터셋 스냅샷(${snapshot.sourceTitle}, ${asOf} 기준, ${snapshot.rowCount.toLocaleString('en')}행)을 가져왔습니다. 값이 달라졌는지 확인하세요. ` +
    `A new snapshot of “${snapshot.sourceTitle}” (as of ${asOf}, ${snapshot.rowCount.toLocaleString('en')} rows) was imported; check whether the derived value changed.`
  )
}

/** Flags the claims the rule above selects; returns their ids. A reason already there is kept, the new one added. */
export async function flagClaimsForRecheck(
  client: pg.ClientBase,
  params: { sourceId: string; snapshotId: string; reason: string; actorId: string | null },
): Promise<string[]> {
  const { rows } = await client.query<{ id: string }>(
    `UPDATE claims c
        SET needs_recheck = true,
            recheck_reason = CASE
              WHEN c.needs_recheck AND c.recheck_reason IS NOT NULL AND c.recheck_reason <> $2
                THEN c.recheck_reason || E'\\n' || $2
              ELSE $2 END
      WHERE c.duplicate_of_id IS NULL
        AND EXISTS (
          SELECT 1 FROM claim_quantities q JOIN metrics m ON m.id = q.metric_id
           WHERE q.claim_id = c.id
             AND m.dataset_country IS NOT NULL
             AND CASE WHEN q.metric_definition_id IS NOT NULL
                   THEN EXISTS (SELECT 1 FROM metric_definitions d WHERE d.id = q.metric_definition_id AND d.source_id = $1)
                   ELSE EXISTS (SELECT 1 FROM metric_definitions d WHERE d.metric_id = m.id AND d.source_id = $1)
                 END)
      RETURNING c.id`,
    [params.sourceId, params.reason],
  )
  const ids = rows.map((row) => row.id).sort()
  if (ids.length) {
    await client.query(
      `INSERT INTO audit_events (id, actor_id, action, entity_type, entity_id, data)
       SELECT gen_random_uuid()::text, $1, 'claim.flagRecheck', 'claim', id, jsonb_build_object('after', jsonb_build_object('needsRecheck', true, 'snapshotId', $2::text, 'reason', $3::text))
         FROM unnest($4::text[]) AS id`,
      [params.actorId, params.snapshotId, params.reason, ids],
    )
  }
  return ids
}
