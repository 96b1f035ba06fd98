// A small line diff for the review queue: what a draft changes against the last published revision. Longest
// common subsequence over lines; verdicts are short enough (a summary and some paragraphs) for the O(n·m) table.

export type DiffLine = { op: 'same' | 'added' | 'removed'; text: string }

const MAX_CELLS = 4_000_000

/**
 * The text's lines as the diff compares them: blank lines (the gaps between Markdown paragraphs) say nothing a
 * reviewer must read, and would only pad the diff with empty "+" lines; a form's CRLF line ends are ignored too.
 */
const linesOf = (text: string) => text.split(/\r?\n/).filter((line) => line.trim() !== '')

export function diffLines(before: string, after: string): DiffLine[] {
  const a = linesOf(before)
  const b = linesOf(after)
  // A pathological size falls back to "all removed, all added" rather than a table of many megabytes.
  if (a.length * b.length > MAX_CELLS) {
    return [...a.map((text) => ({ op: 'removed' as const, text })), ...b.map((text) => ({ op: 'added' as const, text }))]
  }
  // lcs[i][j] = length of the longest common subsequence of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0))
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1])
    }
  }
  const lines: DiffLine[] = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      lines.push({ op: 'same', text: a[i] })
      i++
      j++
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
      // Removals before additions, as in a unified diff.
      lines.push({ op: 'removed', text: a[i++] })
    } else {
      lines.push({ op: 'added', text: b[j++] })
    }
  }
  while (i < a.length) lines.push({ op: 'removed', text: a[i++] })
  while (j < b.length) lines.push({ op: 'added', text: b[j++] })
  return lines
}

/** True when the diff changes anything. */
export const hasChanges = (lines: DiffLine[]) => lines.some((line) => line.op !== 'same')
