// Studio validation and the draft-mode page marker import this folder into browser bundles: only the CLI may touch
// Node built-ins (directly or through the dataset reader, which loads node:fs).
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('.', import.meta.url))

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : sources(path)
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) && entry.name !== 'cli.ts' ? [path] : []
  })
}

describe('lib/fidelity', () => {
  it('keeps Node built-ins and Next.js out of every module but the CLI', () => {
    const offenders = sources('.').filter((file) => {
      const text = readFileSync(join(root, file), 'utf8')
      return /from 'node:|from 'next|^import (?!type)[^\n]*'@\/lib\/content\/dataset'/m.test(text)
    })
    expect(offenders).toEqual([])
    expect(sources('.')).toContain('checkDataset.ts')
  })
})
