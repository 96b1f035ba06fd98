// Exact rational numbers (bigint numerator / denominator) for the quantity modules.
// Why not plain floats: 3.2 − 1 = 2.2000000000000002 and 2.1 × 10⁹ = 2100000000.0000002, and a fact-check must not
// call two figures different because of the last bit of a double. Every number a Quantity carries is converted via
// its shortest decimal text (what JavaScript prints for it), so 3.2 is exactly 32/10 here.

const gcd = (a: bigint, b: bigint): bigint => {
  a = a < 0n ? -a : a
  b = b < 0n ? -b : b
  while (b) [a, b] = [b, a % b]
  return a
}

const TEN = 10n

export class Rational {
  readonly num: bigint
  readonly den: bigint

  private constructor(num: bigint, den: bigint) {
    if (den === 0n) throw new RangeError('division by zero')
    if (den < 0n) [num, den] = [-num, -den]
    const g = gcd(num, den) || 1n
    this.num = num / g
    this.den = den / g
  }

  static of(num: bigint, den: bigint = 1n): Rational {
    return new Rational(num, den)
  }

  static readonly ZERO = new Rational(0n, 1n)
  static readonly ONE = new Rational(1n, 1n)

  /** 10^k for any integer k. */
  static pow10(k: number): Rational {
    return k >= 0 ? new Rational(TEN ** BigInt(k), 1n) : new Rational(1n, TEN ** BigInt(-k))
  }

  /** Decimal text: "-12.50", "1e21", "2.5e-7". Throws on anything else. */
  static parse(text: string): Rational {
    const match = /^([+-]?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i.exec(text.trim())
    if (!match) throw new SyntaxError(`not a decimal: ${text}`)
    const [, sign, whole, fraction = '', exp = '0'] = match
    const mantissa = BigInt(whole + fraction) * (sign === '-' ? -1n : 1n)
    return new Rational(mantissa, 1n).mul(Rational.pow10(Number(exp) - fraction.length))
  }

  /** The exact decimal a double prints as (its shortest round-trip text). */
  static fromNumber(value: number): Rational {
    if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`)
    return Rational.parse(String(value))
  }

  add(o: Rational): Rational {
    return new Rational(this.num * o.den + o.num * this.den, this.den * o.den)
  }
  sub(o: Rational): Rational {
    return this.add(o.neg())
  }
  mul(o: Rational): Rational {
    return new Rational(this.num * o.num, this.den * o.den)
  }
  div(o: Rational): Rational {
    return new Rational(this.num * o.den, this.den * o.num)
  }
  neg(): Rational {
    return new Rational(-this.num, this.den)
  }
  abs(): Rational {
    return this.num < 0n ? this.neg() : this
  }
  sign(): -1 | 0 | 1 {
    return this.num === 0n ? 0 : this.num < 0n ? -1 : 1
  }
  cmp(o: Rational): -1 | 0 | 1 {
    const d = this.num * o.den - o.num * this.den
    return d === 0n ? 0 : d < 0n ? -1 : 1
  }
  eq(o: Rational): boolean {
    return this.cmp(o) === 0
  }
  lt(o: Rational): boolean {
    return this.cmp(o) < 0
  }
  le(o: Rational): boolean {
    return this.cmp(o) <= 0
  }
  max(o: Rational): Rational {
    return this.cmp(o) >= 0 ? this : o
  }
  min(o: Rational): Rational {
    return this.cmp(o) <= 0 ? this : o
  }
  isInteger(): boolean {
    return this.den === 1n
  }

  /**
   * Rounded to `decimals` places (negative: to tens, hundreds …), half away from zero, as plain decimal text with
   * exactly max(decimals, 0) fraction digits: (2.625).toFixed(2) = "2.63", (19800).toFixed(-4) = "20000".
   */
  toFixed(decimals: number): string {
    const scaled = this.mul(Rational.pow10(decimals))
    const negative = scaled.num < 0n
    const abs = negative ? -scaled.num : scaled.num
    let units = abs / scaled.den
    if ((abs % scaled.den) * 2n >= scaled.den) units += 1n
    let digits = units.toString()
    if (decimals < 0) digits = units === 0n ? '0' : digits + '0'.repeat(-decimals)
    else if (decimals > 0) {
      digits = digits.padStart(decimals + 1, '0')
      digits = `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`
    }
    return negative && units !== 0n ? `-${digits}` : digits
  }

  /** Fewest decimals (up to `max`) that write this number exactly, or null when it needs more. */
  exactDecimals(max = 12): number | null {
    for (let d = 0; d <= max; d++) if (this.mul(Rational.pow10(d)).isInteger()) return d
    return null
  }

  /** Nearest double, via decimal text so that 17.27 stays 17.27. */
  toNumber(): number {
    const d = this.exactDecimals(20)
    if (d !== null) return Number(this.toFixed(d))
    return Number(this.num) / Number(this.den)
  }

  toString(): string {
    const d = this.exactDecimals(20)
    return d !== null ? this.toFixed(d) : `${this.num}/${this.den}`
  }
}

/** 10^-decimals: the unit of the last stated digit ("4.4" → 0.1, "2만" (decimals -4) → 10,000). */
export const stepOf = (decimals: number) => Rational.pow10(-decimals)
