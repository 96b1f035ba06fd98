import { afterEach, describe, expect, it } from 'vitest'
import { memoPerGeneration, readerDataChanged } from '../../lib/reader/generation'

afterEach(() => readerDataChanged(false))

describe('memoPerGeneration', () => {
  it('recomputes every time while no change notifications are received', async () => {
    let calls = 0
    const read = memoPerGeneration(async () => ++calls)
    await read()
    await read()
    expect(calls).toBe(2)
  })

  it('keeps the value until the next change', async () => {
    let calls = 0
    const read = memoPerGeneration(async () => ++calls)
    readerDataChanged(true)
    expect([await read(), await read()]).toEqual([1, 1])
    readerDataChanged(true)
    expect(await read()).toBe(2)
    // Losing the notifications stops the keeping at once.
    readerDataChanged(false)
    expect([await read(), await read()]).toEqual([3, 4])
  })

  it('does not keep a failed read', async () => {
    let calls = 0
    const read = memoPerGeneration(async () => {
      if (++calls === 1) throw new Error('database down')
      return calls
    })
    readerDataChanged(true)
    await expect(read()).rejects.toThrow('database down')
    expect(await read()).toBe(2)
  })
})
