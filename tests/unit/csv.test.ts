import { describe, expect, it } from 'vitest'
import { csvField, csvRow, UTF8_BOM } from '../../lib/reader/csv'

describe('CSV fields', () => {
  it('quotes fields with commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('line 1\nline 2')).toBe('"line 1\nline 2"')
    expect(csvField('cr\r')).toBe('"cr\r"')
  })

  it('leaves plain text, Hangul included, as it is', () => {
    expect(csvField('한국은 2023년에 파운데이션 모델을')).toBe('한국은 2023년에 파운데이션 모델을')
  })

  it('writes empty fields for null and undefined, ISO dates, and numbers as numbers', () => {
    expect(csvField(null)).toBe('')
    expect(csvField(undefined)).toBe('')
    expect(csvField(new Date('2024-05-01T00:00:00Z'))).toBe('2024-05-01T00:00:00.000Z')
    // A negative number must stay a number, not be defused like a formula.
    expect(csvField(-0.36)).toBe('-0.36')
    expect(csvField(Number.NaN)).toBe('')
  })

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`)
    expect(csvField('+1')).toBe("'+1")
    expect(csvField('-0.36명')).toBe("'-0.36명")
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)")
  })

  it('keeps surrounding spaces by quoting them', () => {
    expect(csvField(' padded ')).toBe('" padded "')
  })

  it('ends rows with CRLF as RFC 4180 asks', () => {
    expect(csvRow(['a', 1, null, 'b,c'])).toBe('a,1,,"b,c"\r\n')
  })

  it('has the byte-order mark Excel needs to read UTF-8', () => {
    expect([...new TextEncoder().encode(UTF8_BOM)]).toEqual([0xef, 0xbb, 0xbf])
  })
})
