// Number formatting as Python's `f"{x:.3f}"` does it (round half to even on the exact binary value).

/** Exact value of a finite non-negative double as `mantissa / 2^shift` (shift ≥ 0) or an integer. */
function exactParts(x: number): { mantissa: bigint; shift: bigint } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const exponent = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & 0xfffffffffffffn;
  const mantissa = exponent === 0 ? fraction : fraction | (1n << 52n);
  const power = (exponent === 0 ? 1 : exponent) - 1075;
  if (power >= 0) return { mantissa: mantissa << BigInt(power), shift: 0n };
  return { mantissa, shift: BigInt(-power) };
}

/**
 * `x` with `digits` decimals, rounded like Python's format (ties to even, on the exact double), so that
 * 0.125 prints as "0.12" where `toFixed` gives "0.13".
 */
export function formatFixed(x: number, digits: number): string {
  if (!Number.isFinite(x)) return x.toFixed(digits);
  const negative = x < 0 || Object.is(x, -0);
  const { mantissa, shift } = exactParts(Math.abs(x));
  const scaled = mantissa * 10n ** BigInt(digits);
  const divisor = 1n << shift;
  let quotient = scaled / divisor;
  const twiceRemainder = (scaled % divisor) * 2n;
  if (twiceRemainder > divisor || (twiceRemainder === divisor && quotient % 2n === 1n)) quotient += 1n;
  const text = quotient.toString().padStart(digits + 1, '0');
  const body = digits > 0 ? `${text.slice(0, -digits)}.${text.slice(-digits)}` : text;
  return negative ? `-${body}` : body;
}
