import {describe, expect, it} from 'vitest'
import {parseDataset} from './dataset'

describe('parseDataset', () => {
  it('keeps documents and reports lines that are not JSON or not documents', () => {
    const text = ['{"_id":"a","_type":"policy"}', '{broken', '', '[1,2]', '{"_id":"b","_type":"policy"}'].join('\n')
    const {documents, problems} = parseDataset(text)
    expect(documents.map((d) => d._id)).toEqual(['a', 'b'])
    expect(problems.map((p) => p.line)).toEqual([2, 4])
    expect(problems[0].message).toMatch(/line 2 is not JSON/)
  })

  it('lets a later line with the same _id replace the earlier one', () => {
    const text = '{"_id":"a","_type":"policy","n":1}\n{"_id":"a","_type":"policy","n":2}\n'
    expect(parseDataset(text).documents).toEqual([{_id: 'a', _type: 'policy', n: 2}])
  })
})
