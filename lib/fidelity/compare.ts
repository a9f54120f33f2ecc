// Compares the facts of the two columns as multisets, then lets equivalent facts of different kinds excuse each
// other before anything is reported: an extractor that read "5.2" as a clause in one language and as a decimal in
// the other, or "30 суток" that it could not place, is a reading gap, not a drift between translations.
import type {ColumnFacts, Fact, FactKind, SoftFact} from './types'

export type Mismatch = {kind: FactKind; kk: Fact[]; ru: Fact[]}

/** Addresses and law numbers are identities: writing one twice (as text and as a link) is not a second fact. */
const identityKinds = new Set<FactKind>(['email', 'url', 'phone', 'lawRef'])
const order: FactKind[] = ['clauseRef', 'lawRef', 'date', 'duration', 'number', 'email', 'url', 'phone']

export function compareColumns(kk: ColumnFacts, ru: ColumnFacts): Mismatch[] {
  const left = {kk: comparable(kk.facts), ru: comparable(ru.facts)}
  const only = {kk: minus(left.kk, left.ru), ru: minus(left.ru, left.kk)}
  excuseAcrossKinds(only.kk, only.ru)
  excuseAcrossKinds(only.ru, only.kk)
  excuseBySoft(only.kk, ru.soft)
  excuseBySoft(only.ru, kk.soft)
  return order
    .map((kind) => ({kind, kk: only.kk.filter((f) => f.kind === kind), ru: only.ru.filter((f) => f.kind === kind)}))
    .filter((m) => m.kk.length > 0 || m.ru.length > 0)
}

// A section's own clause numbers and identities count once; everything else counts every time it occurs.
function comparable(facts: Fact[]): Fact[] {
  const seen = new Set<string>()
  return facts.filter((fact) => {
    if (!fact.own && !identityKinds.has(fact.kind)) return true
    const id = `${fact.own ? 'own' : fact.kind}:${fact.value}`
    if (seen.has(id)) return false
    seen.add(id)
    return true
  })
}

/** The facts of `a` that `b` does not match, one for one. */
function minus(a: Fact[], b: Fact[]): Fact[] {
  const pool = new Map<string, number>()
  for (const fact of b) pool.set(key(fact), (pool.get(key(fact)) ?? 0) + 1)
  return a.filter((fact) => {
    const left = pool.get(key(fact)) ?? 0
    if (left === 0) return true
    pool.set(key(fact), left - 1)
    return false
  })
}

const key = (fact: Fact) => `${fact.kind}:${fact.value}`

// A plain number left on one side matches a clause number or a duration amount left on the other.
function excuseAcrossKinds(mine: Fact[], theirs: Fact[]): void {
  for (const fact of [...mine]) {
    if (fact.kind !== 'number' || !mine.includes(fact)) continue
    const partner = theirs.find(
      (other) =>
        (other.kind === 'clauseRef' && other.value === fact.value) ||
        (other.kind === 'duration' && other.value.split(' ')[0] === fact.value),
    )
    if (partner) {
      remove(mine, fact)
      remove(theirs, partner)
    }
  }
}

// Number words in the other column ("десяти", "он", "в течение месяца") excuse a digit written in this one.
function excuseBySoft(mine: Fact[], soft: SoftFact[]): void {
  const pool = [...soft]
  for (const fact of [...mine]) {
    const value = fact.kind === 'number' ? (fact.value.match(/^\d+(?:\.\d+)?/)?.[0] ?? fact.value) : fact.value
    const match = pool.find((s) => s.kind === fact.kind && s.value === value)
    if (match && (fact.kind === 'number' || fact.kind === 'duration')) {
      remove(mine, fact)
      remove(pool, match)
    }
  }
}

function remove<T>(list: T[], item: T): void {
  const index = list.indexOf(item)
  if (index >= 0) list.splice(index, 1)
}
