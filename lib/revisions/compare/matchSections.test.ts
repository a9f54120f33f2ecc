import {describe, expect, it} from 'vitest'
import {matchSections} from './matchSections'
import {section} from './testSections'
import type {SectionMatch} from './types'

/** Each row as "status:fromKey>toKey". */
const summary = (rows: SectionMatch[]) =>
  rows.map((row) => `${row.status}:${row.from?.key ?? ''}>${row.to?.key ?? ''}`)

describe('matchSections', () => {
  it('matches by key, even when the anchor changed', () => {
    const from = [section('a'), section('b', {anchor: 'old'})]
    const to = [section('a'), section('b', {anchor: 'new'})]
    const rows = matchSections(from, to)
    expect(summary(rows)).toEqual(['unchanged:a>a', 'unchanged:b>b'])
    expect(rows.map((row) => row.matchedBy)).toEqual(['key', 'key'])
  })

  it('falls back to the anchor for sections whose key changed', () => {
    const from = [section('k1', {anchor: '4-2'}), section('k2', {anchor: '4-3'})]
    const to = [section('n1', {anchor: '4-2'}), section('k2', {anchor: '4-3'})]
    const rows = matchSections(from, to)
    expect(rows.map((row) => [row.from?.key, row.to?.key, row.matchedBy])).toEqual([
      ['k1', 'n1', 'anchor'],
      ['k2', 'k2', 'key'],
    ])
  })

  it('prefers a key match over an anchor match', () => {
    const from = [section('a', {anchor: 'x'}), section('b', {anchor: 'y'})]
    const to = [section('c', {anchor: 'x'}), section('a', {anchor: 'z'})]
    // "a" took "x" by key, so "c" finds no anchor partner left.
    expect(summary(matchSections(from, to))).toEqual(['added:>c', 'unchanged:a>a', 'removed:b>'])
  })

  it('places added sections in the new order and removed ones after their surviving neighbour', () => {
    const from = [section('a'), section('b'), section('c'), section('d')]
    const to = [section('a'), section('n'), section('c'), section('d'), section('m')]
    expect(summary(matchSections(from, to))).toEqual([
      'unchanged:a>a',
      'removed:b>',
      'added:>n',
      'unchanged:c>c',
      'unchanged:d>d',
      'added:>m',
    ])
  })

  it('puts a removed first section first', () => {
    expect(summary(matchSections([section('a'), section('b')], [section('b')]))).toEqual([
      'removed:a>',
      'unchanged:b>b',
    ])
  })

  it('marks only the section that moved, not the ones it jumped over', () => {
    const from = ['a', 'b', 'c', 'd', 'e'].map((key) => section(key))
    const to = ['a', 'e', 'b', 'c', 'd'].map((key) => section(key))
    expect(summary(matchSections(from, to))).toEqual([
      'unchanged:a>a',
      'moved:e>e',
      'unchanged:b>b',
      'unchanged:c>c',
      'unchanged:d>d',
    ])
  })

  it('reports a moved section whose text also changed as both', () => {
    const from = [section('a'), section('b'), section('c', {ru: ['Раздел', 'старый текст']})]
    const to = [section('c', {ru: ['Раздел', 'новый текст']}), section('a'), section('b')]
    const [moved, ...rest] = matchSections(from, to)
    expect(moved).toMatchObject({status: 'moved', moved: true, changed: true})
    expect(rest.map((row) => [row.status, row.changed])).toEqual([
      ['unchanged', false],
      ['unchanged', false],
    ])
  })

  it('marks a section changed when only one language changed, not for whitespace alone', () => {
    const from = [section('a', {kk: ['Тарау', 'мәтін']}), section('b', {ru: ['Раздел', 'текст  здесь']})]
    const to = [section('a', {kk: ['Тарау', 'жаңа мәтін']}), section('b', {ru: ['Раздел ', 'текст\nздесь']})]
    expect(summary(matchSections(from, to))).toEqual(['changed:a>a', 'unchanged:b>b'])
  })

  it('keeps a removed section after a stable neighbour even when another section moved', () => {
    const from = ['a', 'b', 'x', 'c', 'd'].map((key) => section(key))
    const to = ['a', 'd', 'b', 'c'].map((key) => section(key))
    expect(summary(matchSections(from, to))).toEqual([
      'unchanged:a>a',
      'moved:d>d',
      'unchanged:b>b',
      'removed:x>',
      'unchanged:c>c',
    ])
  })

  it('pairs duplicated keys first with first', () => {
    const rows = matchSections([section('a'), section('a', {anchor: 'second'})], [section('a'), section('a')])
    expect(rows.map((row) => [row.fromIndex, row.toIndex])).toEqual([
      [0, 0],
      [1, 1],
    ])
  })
})
