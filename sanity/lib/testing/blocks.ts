// Small Portable Text builders for tests.
let counter = 0

export function block(text: string, extra: Record<string, unknown> = {}) {
  counter += 1
  return {_type: 'block', _key: `b${counter}`, style: 'normal', markDefs: [], children: [{_type: 'span', _key: `s${counter}`, text, marks: []}], ...extra}
}

export function section(key: string, parts: {kk?: [string, string]; ru?: [string, string]; anchor?: string} = {}) {
  return {
    _key: key,
    _type: 'policySection',
    anchor: parts.anchor,
    heading: {kk: parts.kk?.[0], ru: parts.ru?.[0]},
    body: {kk: parts.kk ? [block(parts.kk[1])] : undefined, ru: parts.ru ? [block(parts.ru[1])] : undefined},
  }
}
