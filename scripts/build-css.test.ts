import {execFile} from 'node:child_process'
import {mkdtemp, readFile, readdir, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'
import {deletedClass, insertedClass} from '@/components/compare/styles'
import {readerCss} from '@/styles/reader-css'

const root = fileURLToPath(new URL('..', import.meta.url))
const script = path.join(root, 'scripts/build-css.mjs')

/** Runs the build script with `args`; resolves with its exit code and output whatever the code. */
async function run(args: string[]) {
  try {
    const {stdout, stderr} = await promisify(execFile)(process.execPath, [script, ...args], {cwd: root})
    return {code: 0, stdout, stderr}
  } catch (error) {
    const {code, stdout, stderr} = error as {code?: number; stdout?: string; stderr?: string}
    return {code: code ?? -1, stdout: stdout ?? '', stderr: stderr ?? ''}
  }
}

/** The at-rule preludes around the first rule whose selector list is exactly `selector`, outermost first. */
function enclosing(css: string, selector: string): string[] | undefined {
  const at = css.indexOf(`${selector}{`)
  if (at < 0) return undefined
  const stack: string[] = []
  let start = 0
  for (let i = 0; i < at; i++) {
    if (css[i] === '{') {
      stack.push(css.slice(start, i))
      start = i + 1
    } else if (css[i] === '}') {
      stack.pop()
      start = i + 1
    } else if (css[i] === ';') start = i + 1
  }
  return stack.filter((prelude) => prelude.startsWith('@'))
}

/** A class name as a CSS selector, escaped as Tailwind writes it (`sm:p-5` → `.sm\:p-5`). */
const selectorOf = (name: string) => `.${name.replace(/[^a-zA-Z0-9_-]/g, '\\$&')}`
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

describe('styles/reader-css.ts', () => {
  it('is what `npm run css` writes now: regenerate it after adding a class or editing styles/reader.css', async () => {
    const result = await run(['--check'])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
  })

  it('is reported stale, with the command to run, when it differs from a fresh compile', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'build-css-'))
    try {
      const stale = path.join(dir, 'reader-css.ts')
      await writeFile(stale, (await readFile(path.join(root, 'styles/reader-css.ts'), 'utf8')).replace('.sr-only{', '.sr-onlyy{'))
      const result = await run(['--check', '--out', stale])
      expect(result.code).toBe(1)
      expect(result.stderr).toContain('is stale')
      expect(result.stderr).toContain('npm run css')
    } finally {
      await rm(dir, {recursive: true, force: true})
    }
  })
})

describe('readerCss', () => {
  it('carries no preflight and loads nothing', () => {
    expect(readerCss).not.toContain('::file-selector-button')
    expect(readerCss).not.toMatch(/(^|[{}])button,input/)
    expect(readerCss).not.toContain('::placeholder')
    expect(readerCss).not.toMatch(/(^|[{}])img,svg/)
    expect(readerCss).not.toContain('@import')
    expect(readerCss).not.toContain('url(')
    // It goes into a <style> element as is.
    expect(readerCss).not.toMatch(/<\/style|<!--/i)
  })

  it('keeps the short reset in the base layer, below the utilities', () => {
    expect(readerCss).toContain('*,:before,:after{box-sizing:border-box;border:0 solid;margin:0;padding:0}')
    expect(enclosing(readerCss, '*,:before,:after')).toEqual(['@layer base'])
    expect(enclosing(readerCss, 'h1,h2,h3,h4,h5,h6')).toEqual(['@layer base'])
    expect(enclosing(readerCss, 'ol,ul')).toEqual(['@layer base'])
    expect(readerCss.indexOf('@layer base')).toBeLessThan(readerCss.indexOf('@layer utilities'))
  })

  it('has the dark theme and the print rules', () => {
    expect(readerCss).toMatch(/@media \(prefers-color-scheme:dark\)\{:root\{--color-ink:#e6e4de;/)
    expect(enclosing(readerCss, '.dark\\:bg-emerald-950')).toContain('@media (prefers-color-scheme:dark)')
    expect(readerCss).toContain('@media print{@page{size:A4;margin:16mm 14mm}')
    for (const rule of ['.print-hidden{display:none!important}', '.print-both{display:block!important}', '.print-columns{']) {
      expect(readerCss).toContain(rule)
      expect(enclosing(readerCss, rule.slice(0, rule.indexOf('{')))).toEqual(['@media print'])
    }
  })

  it('has the rules the components use', () => {
    expect(readerCss).toContain('.sr-only{')
    expect(enclosing(readerCss, '.focus\\:not-sr-only:focus')).toEqual(['@layer utilities'])
    expect(enclosing(readerCss, '.lg\\:grid-cols-2')).toEqual(['@layer utilities', '@media (min-width:64rem)'])
    expect(enclosing(readerCss, '.sm\\:grid-cols-\\[auto_1fr\\]')).toEqual(['@layer utilities', '@media (min-width:40rem)'])
    expect(readerCss).toContain('.text-\\[0\\.95rem\\]{font-size:.95rem}')
    // Unlayered: the policy text's own spacing wins over utilities.
    expect(enclosing(readerCss, '.legal-text')).toEqual([])
    expect(readerCss).toContain('.legal-text ul{')
    // The project's colours stay variables (dark mode and print reset them).
    expect(readerCss).toContain('.border-line{border-color:var(--color-line)}')
    expect(readerCss).toContain('.text-muted{color:var(--color-muted)}')
    expect(readerCss).toContain('.focus\\:bg-paper:focus{background-color:var(--color-paper)}')
  })

  it('has a rule for every class written literally in a component or a page', async () => {
    const files: string[] = []
    for (const dir of ['components', 'app']) {
      for (const file of await readdir(path.join(root, dir), {recursive: true})) {
        if (/\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file)) files.push(path.join(dir, file))
      }
    }
    const names = new Set([...insertedClass.split(' '), ...deletedClass.split(' ')])
    for (const file of files.sort()) {
      const source = await readFile(path.join(root, file), 'utf8')
      for (const match of source.matchAll(/className=(?:"([^"]*)"|\{`([^`]*)`\})/g)) {
        // Only the literal parts of a template: what `${…}` adds comes from literals elsewhere (see the report).
        for (const name of (match[1] ?? match[2]).replace(/\$\{[^}]*\}/g, ' ').split(/\s+/)) if (name) names.add(name)
      }
    }
    expect(names.size).toBeGreaterThan(50)
    // A selector ends the class name with `{`, `:` (a pseudo-class), `>` (divide-*), `,` or a space.
    const missing = [...names].filter((name) => !new RegExp(`${escapeRegExp(selectorOf(name))}[{:>, ]`).test(readerCss))
    expect(missing).toEqual([])
  })
})
