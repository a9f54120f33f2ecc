import {renderToStaticMarkup} from 'react-dom/server'
import {describe, expect, it} from 'vitest'
import {DiffLegend} from './DiffLegend'
import {legendLabels} from './testLabels'

describe('DiffLegend', () => {
  it('lists every marker by its text', () => {
    const html = renderToStaticMarkup(<DiffLegend labels={legendLabels} />)
    for (const text of Object.values(legendLabels)) expect(html).toContain(text)
    // Samples only: the legend itself inserts or deletes nothing.
    expect(html).not.toMatch(/<(ins|del)[ >]/)
  })
})
