// `npx tsx scripts/import/corpus/measure.ts`: imports every corpus document and prints, per document and in
// total, how many clauses landed in one row with their kk and ru texts on their own sides.
import {importInputs} from '../index'
import {checkAlignment} from './check'
import {CORPUS} from './documents'

let aligned = 0
let total = 0
for (const doc of CORPUS) {
  let result
  let error = ''
  try {
    result = await importInputs([{name: doc.file, bytes: doc.bytes}], {slug: 'corpus', effectiveFrom: '2024-01-01'})
  } catch (caught) {
    error = (caught as Error).message.split('\n')[0]
  }
  const found = checkAlignment(doc.expected.aligned, result)
  aligned += found.aligned
  total += found.total
  process.stdout.write(`${`${found.aligned}/${found.total}`.padStart(5)}  ${doc.file}${error ? `  (${error})` : ''}\n`)
  for (const miss of found.misses) process.stdout.write(`         ${miss}\n`)
}
process.stdout.write(`${aligned}/${total} clauses aligned\n`)
