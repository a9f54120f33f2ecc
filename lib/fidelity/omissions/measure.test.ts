// How well the omission check does, measured on the cases of testing/omissionCases.ts through checkSection (the
// path Studio, the importer, draft mode and check:content share): how many planted omissions it finds, and how many
// faithful translations it flags. The figures are printed and belong in the README.
import {describe, expect, it} from 'vitest'
import {checkSection} from '../checkSection'
import {consistent, heldOutConsistent, heldOutPlanted, planted, type ConsistentCase, type PlantedCase} from '../testing/omissionCases'
import {section} from '../testing/section'
import type {Finding} from '../types'

const omissionsOf = ({kk, ru}: {kk: string; ru: string}): Finding[] =>
  checkSection(section({kk, ru}), {revisionId: 'measure'}).filter((f) => f.kind === 'omittedSentence' || f.kind === 'omittedItem')

function found({expect: wanted, ...columns}: PlantedCase): boolean {
  return omissionsOf(columns).some((f) => f.kind === wanted.kind && (wanted.kind === 'omittedItem' ? f[wanted.locale].includes(wanted.value) : f[wanted.locale].length > 0))
}

const flagged = (cases: ConsistentCase[]) => cases.filter((c) => omissionsOf(c).length > 0)

describe('the omission check, measured', () => {
  const missed = [...planted, ...heldOutPlanted].filter((c) => !found(c)).map((c) => c.name)
  const figures = {
    planted: planted.filter(found).length,
    heldOutPlanted: heldOutPlanted.filter(found).length,
    falseAlarms: flagged(consistent).map((c) => c.name),
    heldOutFalseAlarms: flagged(heldOutConsistent).map((c) => c.name),
  }
  const total = {found: figures.planted + figures.heldOutPlanted, of: planted.length + heldOutPlanted.length}
  const quiet = consistent.length + heldOutConsistent.length

  it('reports its figures', () => {
    console.log(
      [
        `omissions found: ${figures.planted}/${planted.length} planted, ${figures.heldOutPlanted}/${heldOutPlanted.length} held out (${total.found}/${total.of})`,
        `false alarms: ${figures.falseAlarms.length}/${consistent.length} consistent pairs, ${figures.heldOutFalseAlarms.length}/${heldOutConsistent.length} held out (${figures.falseAlarms.length + figures.heldOutFalseAlarms.length}/${quiet})`,
        ...missed.map((name) => `  missed: ${name}`),
      ].join('\n'),
    )
    expect(planted.length).toBeGreaterThanOrEqual(20)
    expect(consistent.length).toBeGreaterThanOrEqual(20)
  })

  it('finds at least three planted omissions in four', () => {
    expect(figures.planted).toBeGreaterThanOrEqual(18)
    expect(total.found / total.of).toBeGreaterThanOrEqual(0.75)
  })

  it('raises no false alarm on a consistent pair', () => {
    expect(figures.falseAlarms).toEqual([])
    expect(figures.heldOutFalseAlarms).toEqual([])
  })
})
