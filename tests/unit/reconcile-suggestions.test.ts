// Each case of the relation suggestion between two quantity claims of one metric.
import { describe, expect, it } from 'vitest'
import { classifyPair, compareReleases, type QuantityClaim, type QuantityDefinition } from '../../lib/reconcile/classify'

const day = (iso: string) => new Date(`${iso}T00:00:00Z`)
const hai24: QuantityDefinition = { id: 'd-hai24', publisher: 'Stanford HAI', sourceId: 's-hai24', versionLabel: 'AI Index 2024', snapshotDate: day('2024-04-15') }
const hai25: QuantityDefinition = { id: 'd-hai25', publisher: 'Stanford HAI', sourceId: 's-hai25', versionLabel: 'AI Index 2025', snapshotDate: day('2025-04-07') }
const epoch: QuantityDefinition = { id: 'd-epoch', publisher: 'Epoch AI', sourceId: 's-epoch', versionLabel: null, snapshotDate: day('2025-04-10') }

const year = (id: string, y: number, value: string, definition: QuantityDefinition | null = hai24): QuantityClaim => ({
  id,
  metricId: 'm',
  value,
  windowKind: 'PERIOD',
  windowStart: day(`${y}-01-01`),
  windowEnd: day(`${y}-12-31`),
  definition,
})

describe('classifyPair', () => {
  it('same window and definition with another value: contradicts', () => {
    expect(classifyPair(year('a', 2023, '0'), year('b', 2023, '3'))).toEqual({ kind: 'CONTRADICTS', fromId: 'a', toId: 'b' })
  })

  it('same window and definition: no contradiction claimed across a bound or another kind of figure', () => {
    // "at least 5" and 7 may both hold; a rank of 3 and a count of 5 are not the same number.
    expect(classifyPair({ ...year('a', 2023, '5'), bound: 'AT_LEAST' }, year('b', 2023, '7'))).toBeNull()
    expect(classifyPair({ ...year('a', 2023, '3'), kind: 'RANK' }, { ...year('b', 2023, '5'), kind: 'COUNT' })).toBeNull()
    // Explicit COUNT and EXACT read as before.
    expect(classifyPair({ ...year('a', 2023, '0'), kind: 'COUNT', bound: 'EXACT' }, year('b', 2023, '3'))?.kind).toBe('CONTRADICTS')
  })

  it('same window and definition with the same value (17 and 17.000): nothing to suggest', () => {
    expect(classifyPair(year('a', 2023, '17'), year('b', 2023, '17.000'))).toBeNull()
  })

  it('other window: same metric, other window — also across definitions (0 in 2023, 17 cumulative)', () => {
    expect(classifyPair(year('a', 2023, '0'), year('b', 2024, '1', hai25))).toEqual({ kind: 'SAME_METRIC_OTHER_WINDOW', fromId: 'a', toId: 'b' })
    const cumulative: QuantityClaim = { ...year('c', 2023, '17', epoch), windowKind: 'CUMULATIVE', windowStart: null, windowEnd: day('2025-04-10') }
    expect(classifyPair(year('a', 2023, '0'), cumulative)?.kind).toBe('SAME_METRIC_OTHER_WINDOW')
  })

  it('same window, a different definition from another publisher: other definition', () => {
    expect(classifyPair(year('a', 2023, '0'), year('b', 2023, '5', epoch))).toEqual({ kind: 'OTHER_DEFINITION', fromId: 'a', toId: 'b' })
  })

  it('same window from a newer release of the same series: the newer supersedes, whichever side it is on', () => {
    expect(classifyPair(year('old', 2023, '0'), year('new', 2023, '2', hai25))).toEqual({ kind: 'SUPERSEDES', fromId: 'new', toId: 'old' })
    expect(classifyPair(year('new', 2023, '2', hai25), year('old', 2023, '0'))).toEqual({ kind: 'SUPERSEDES', fromId: 'new', toId: 'old' })
  })

  it('same window, one claim without a definition: other definition', () => {
    expect(classifyPair(year('a', 2023, '0'), year('b', 2023, '2', null))?.kind).toBe('OTHER_DEFINITION')
  })

  it('nothing for another metric, no metric, no value, no window, or the claim itself', () => {
    expect(classifyPair(year('a', 2023, '0'), { ...year('b', 2023, '1'), metricId: 'other' })).toBeNull()
    expect(classifyPair({ ...year('a', 2023, '0'), metricId: null }, { ...year('b', 2023, '1'), metricId: null })).toBeNull()
    expect(classifyPair(year('a', 2023, '0'), { ...year('b', 2023, '1'), value: null })).toBeNull()
    expect(classifyPair(year('a', 2023, '0'), { ...year('b', 2023, '1'), windowKind: null })).toBeNull()
    expect(classifyPair(year('a', 2023, '0'), year('a', 2023, '1'))).toBeNull()
  })
})

describe('compareReleases', () => {
  it('orders by snapshot date, else by version label with numbers as numbers, else not at all', () => {
    expect(compareReleases(hai25, hai24)).toBeGreaterThan(0)
    expect(compareReleases({ snapshotDate: null, versionLabel: 'v10' }, { snapshotDate: null, versionLabel: 'v9' })).toBeGreaterThan(0)
    expect(compareReleases({ snapshotDate: null, versionLabel: null }, hai24)).toBe(0)
  })
})
