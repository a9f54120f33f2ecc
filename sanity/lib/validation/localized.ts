// Localized values ({kk, ru}) where either side may be missing, but not both.

/** For `{kk, ru}` values that must exist in at least one language (a title, an organization name). */
export function localizedRequiredProblem(value: unknown): string | null {
  const pair = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>
  const filled = (v: unknown) => typeof v === 'string' && v.trim() !== ''
  return filled(pair.kk) || filled(pair.ru) ? null : 'Fill in at least one language'
}
