// The benchmark's synthetic newsroom: 100,000 claims in Korean and English, 300,000 evidence links to 50,000 sources,
// 20,000 published verdicts (a quarter with a correction, so two revisions). Generated inside PostgreSQL with
// generate_series in one transaction: loading it is part of what the benchmark measures, and it must not be
// dominated by a client shipping rows. Loaded on top of the demo dataset, whose rating scale it uses.
import type pg from 'pg'

export const DATASET = { claims: 100_000, sources: 50_000, evidencePerClaim: 3, verdictEvery: 5, correctionEvery: 4 }

const SUBJECTS = [
  ['한국', 'Korea'], ['정부', 'The government'], ['과기정통부', 'The science ministry'], ['서울시', 'Seoul'], ['부산시', 'Busan'],
  ['삼성전자', 'Samsung Electronics'], ['네이버', 'Naver'], ['카카오', 'Kakao'], ['LG', 'LG'], ['SK하이닉스', 'SK Hynix'],
  ['교육부', 'The education ministry'], ['국회', 'The National Assembly'], ['통계청', 'Statistics Korea'], ['한국은행', 'The Bank of Korea'],
  ['중소기업', 'Small businesses'], ['대학', 'Universities'], ['스타트업', 'Start-ups'], ['경기도', 'Gyeonggi Province'],
  ['인천시', 'Incheon'], ['대구시', 'Daegu'], ['광주시', 'Gwangju'], ['대전시', 'Daejeon'], ['울산시', 'Ulsan'], ['제주도', 'Jeju'],
  ['현대차', 'Hyundai Motor'], ['포스코', 'POSCO'], ['KT', 'KT'], ['연구소', 'Research institutes'], ['병원', 'Hospitals'], ['언론', 'The press'],
]
const TOPICS = [
  ['인공지능 모델', 'AI models'], ['파운데이션 모델', 'foundation models'], ['반도체 수출', 'chip exports'], ['특허 출원', 'patent filings'],
  ['연구 논문', 'research papers'], ['데이터센터', 'data centres'], ['스타트업 투자', 'start-up investments'], ['전기차 판매', 'electric car sales'],
  ['청년 일자리', 'youth jobs'], ['출생아', 'births'], ['수출 계약', 'export contracts'], ['해외 인재', 'foreign researchers'],
  ['GPU 도입', 'GPU purchases'], ['클라우드 계약', 'cloud contracts'], ['AI 규제', 'AI regulations'], ['보안 사고', 'security incidents'],
  ['로봇 도입', 'robot installations'], ['원전 수주', 'nuclear plant orders'], ['배터리 공장', 'battery plants'], ['게임 수출', 'game exports'],
  ['K-팝 공연', 'K-pop concerts'], ['관광객', 'tourists'], ['의료 기기', 'medical devices'], ['신약 승인', 'drug approvals'],
  ['위성 발사', 'satellite launches'], ['태양광 설비', 'solar installations'], ['수소 충전소', 'hydrogen stations'], ['5G 기지국', '5G base stations'],
  ['공공 데이터', 'open data sets'], ['디지털 교과서', 'digital textbooks'], ['챗봇 서비스', 'chatbot services'], ['자율주행 시험', 'self-driving trials'],
  ['드론 등록', 'drone registrations'], ['사이버 공격', 'cyber attacks'], ['개인정보 유출', 'data breaches'], ['AI 인재', 'AI specialists'],
  ['연구개발 예산', 'R&D budgets'], ['기술 이전', 'technology transfers'], ['국제 협력', 'international partnerships'], ['표준 특허', 'standard-essential patents'],
]
const VERBS = [
  ['발표했다', 'announced'], ['주장했다', 'claimed'], ['밝혔다', 'reported'], ['보도됐다', 'was reported to have'],
  ['집계했다', 'counted'], ['강조했다', 'stressed'], ['공개했다', 'disclosed'], ['추산했다', 'estimated'],
]

/** The users the benchmark publishes as (the two-person rule needs an author and another reviewer). */
export const BENCH_EDITOR_ID = 'bench-editor'
export const BENCH_REVIEWER_ID = 'bench-reviewer'

export async function loadSyntheticDataset(client: pg.Client): Promise<{ seconds: number; counts: Record<string, number> }> {
  const started = performance.now()
  const { claims, sources, evidencePerClaim, verdictEvery, correctionEvery } = DATASET
  await client.query('BEGIN')
  try {
    await client.query(
      `INSERT INTO users (id, email, name, password_hash, role, updated_at) VALUES
         ($1, 'bench-editor@example.com', 'Bench editor', '!', 'EDITOR', now()),
         ($2, 'bench-reviewer@example.com', 'Bench reviewer', '!', 'REVIEWER', now())`,
      [BENCH_EDITOR_ID, BENCH_REVIEWER_ID],
    )
    await client.query(
      `INSERT INTO sources (id, kind, publisher, title, url, language, published_at, updated_at)
       SELECT 'bs' || i,
              (ARRAY['PRIMARY_REPORT','DATASET','NEWS','OFFICIAL_STATEMENT','SOCIAL','BLOG','OTHER']::"SourceKind"[])[1 + i % 7],
              CASE WHEN i % 2 = 0 THEN '합성 언론사 ' || (i % 300) ELSE 'Synthetic Publisher ' || (i % 300) END,
              CASE WHEN i % 2 = 0 THEN '인공지능 산업 동향 보고서 제' || i || '호' ELSE 'AI industry report no. ' || i END,
              'https://bench.example/sources/' || i,
              CASE WHEN i % 2 = 0 THEN 'ko' ELSE 'en' END,
              date '2020-01-01' + (i % 2000),
              now()
       FROM generate_series(1, $1::int) AS i`,
      [sources],
    )
    // Sentences assembled from a small vocabulary, so that a search term matches a realistic share of the claims
    // (a topic about 1 in 40, a subject about 1 in 30) rather than all of them or none.
    await client.query(
      `INSERT INTO claims (id, short_id, slug, text, language, translation, translation_language, status, tags,
                           first_seen_at, created_by_id, updated_at)
       SELECT 'bc' || i, 'x' || lpad(i::text, 6, '0'), 'synthetic-claim-' || i,
              CASE WHEN i % 2 = 0 THEN ko ELSE en END, CASE WHEN i % 2 = 0 THEN 'ko' ELSE 'en' END,
              CASE WHEN i % 2 = 0 THEN en ELSE ko END, CASE WHEN i % 2 = 0 THEN 'en' ELSE 'ko' END,
              CASE WHEN i % $2::int = 0 THEN 'PUBLISHED' ELSE (ARRAY['NEW','RESEARCHING','IN_REVIEW']::"ClaimStatus"[])[1 + i % 3] END,
              ARRAY['synthetic', 'topic-' || t],
              date '2020-01-01' + (i % 2000), $3, now()
       FROM (
         SELECT i, s, t, y, n,
                ($4::text[])[1 + s] || '은(는) ' || y || '년 ' || ($5::text[])[1 + t] || '이(가) ' || n || '건이라고 ' || ($6::text[])[1 + i % 8] || ' (합성 ' || i || ')' AS ko,
                ($7::text[])[1 + s] || ' ' || ($9::text[])[1 + i % 8] || ' ' || n || ' ' || ($8::text[])[1 + t] || ' in ' || y || ' (synthetic ' || i || ')' AS en
         FROM (SELECT i, (i * 7) % 30 AS s, (i * 13) % 40 AS t, 2000 + i % 25 AS y, i % 97 AS n FROM generate_series(1, $1::int) AS i) AS picked
       ) AS sentences`,
      [claims, verdictEvery, BENCH_EDITOR_ID, SUBJECTS.map(([ko]) => ko), TOPICS.map(([ko]) => ko), VERBS.map(([ko]) => ko), SUBJECTS.map(([, en]) => en), TOPICS.map(([, en]) => en), VERBS.map(([, en]) => en)],
    )
    // Each claim's one figure, the count its sentence states, as its main quantity (position 0).
    await client.query(
      `INSERT INTO claim_quantities (id, claim_id, position, kind, bound, value, decimals, unit, subject, metric_label,
                                     window_kind, window_start, window_end, updated_at)
       SELECT 'bq' || i, 'bc' || i, 0, 'COUNT', 'EXACT', n, 0, 'count', ($2::text[])[1 + s], ($3::text[])[1 + t],
              'PERIOD', make_date(y, 1, 1), make_date(y, 12, 31), now()
       FROM (SELECT i, (i * 7) % 30 AS s, (i * 13) % 40 AS t, 2000 + i % 25 AS y, i % 97 AS n FROM generate_series(1, $1::int) AS i) AS picked`,
      [claims, SUBJECTS.map(([ko]) => ko), TOPICS.map(([ko]) => ko)],
    )
    await client.query(
      `INSERT INTO evidence (id, claim_id, source_id, stance, excerpt, created_by_id, updated_at)
       SELECT 'be' || i || '-' || k, 'bc' || i, 'bs' || (1 + (i * 7 + k * 13) % $2::int),
              (ARRAY['SUPPORTS','CONTRADICTS','REBUTS','CONTEXT']::"Stance"[])[1 + (i + k) % 4],
              CASE WHEN k % 2 = 0 THEN '보고서에 따르면 해당 연도의 모델 수는 ' || (i % 40) || '개다.' ELSE 'The report counts ' || (i % 40) || ' models that year.' END,
              $3, now()
       FROM generate_series(1, $1::int) AS i, generate_series(1, $4::int) AS k`,
      [claims, sources, BENCH_EDITOR_ID, evidencePerClaim],
    )
    // Ratings of the default scale, in scale order: verdicts cycle through them.
    await client.query(
      `CREATE TEMP TABLE bench_ratings ON COMMIT DROP AS
       SELECT row_number() OVER (ORDER BY r.position) AS n, r.id FROM ratings r JOIN rating_scales s ON s.id = r.scale_id
       WHERE s.is_default AND NOT r.retired`,
    )
    await client.query(
      `INSERT INTO verdicts (id, claim_id, rating_id, summary, analysis, status, author_id, reviewer_id, submitted_at, published_at, version, updated_at)
       SELECT 'bv' || i, 'bc' || i, (SELECT id FROM bench_ratings WHERE n = 1 + (i / $2::int) % (SELECT count(*) FROM bench_ratings)),
              CASE WHEN i % 2 = 0 THEN '합성 판정 ' || i || ': 출처마다 집계 기준이 다르다.' ELSE 'Synthetic verdict ' || i || ': the sources count differently.' END,
              'The evidence links three sources; their definitions of a model differ. ' || repeat('Synthetic analysis text. ', 20),
              -- published_at is left to the trigger that follows the latest revision (inserted next)
              'PUBLISHED', $3, $4, now() - interval '40 days', NULL, 1, now()
       FROM generate_series($2::int, $1::int, $2::int) AS i`,
      [claims, verdictEvery, BENCH_EDITOR_ID, BENCH_REVIEWER_ID],
    )
    await client.query(
      `INSERT INTO verdict_revisions (id, verdict_id, number, rating_id, summary, analysis, change_note, published_by_id, published_at)
       SELECT 'br' || v.id || '-' || n, v.id, n, v.rating_id, v.summary, v.analysis,
              CASE WHEN n = 1 THEN '' ELSE 'Synthetic correction.' END, $2,
              -- one publication every 20 seconds over the last few weeks, a correction an hour after its first
              now() - interval '30 days' + substr(v.id, 3)::int * interval '20 seconds' + (n - 1) * interval '1 hour'
       FROM verdicts v, generate_series(1, 2) AS n
       WHERE v.id LIKE 'bv%' AND (n = 1 OR substr(v.id, 3)::int % ($1::int * $3::int) = 0)`,
      [verdictEvery, BENCH_REVIEWER_ID, correctionEvery],
    )
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK')
    throw error
  }
  await client.query('ANALYZE')
  const counts: Record<string, number> = {}
  for (const table of ['claims', 'claim_quantities', 'sources', 'evidence', 'verdicts', 'verdict_revisions']) {
    counts[table] = (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n
  }
  return { seconds: (performance.now() - started) / 1000, counts }
}
