// The command line in-process: bad inputs fail with a message naming the file, and never leave output.
import {existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {beforeEach, describe, expect, it} from 'vitest'
import {writeZip} from './docx/zip'
import {runCli} from './run'
import {SEED_DIR, SEEDS} from './test-helpers'

let dir: string
let out: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'policy-import-'))
  out = join(dir, 'dataset.ndjson')
})

async function run(...argv: string[]) {
  let stdout = ''
  let stderr = ''
  const status = await runCli(argv, {stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text)})
  return {status, stdout, stderr}
}

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

const seed = (name: string) => new URL(name, SEED_DIR).pathname

describe('bad input: clear error, non-zero status, no output file', () => {
  const cases: [string, () => string, RegExp][] = [
    ['an empty file', () => file('empty.txt', ''), /empty\.txt: the file is empty/],
    ['a whitespace-only file', () => file('blank.md', '\n  \n\t\n'), /blank\.md: the file holds only whitespace/],
    ['a binary file', () => file('logo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])), /logo\.png: this looks like a binary file/],
    ['a missing path', () => join(dir, 'nope.txt'), /nope\.txt: no such file/],
    ['a directory', () => dir, /this is a directory/],
    ['text in no recognisable language', () => file('english.txt', 'Privacy policy\n\n1. We keep your data safe.\n'), /english\.txt: no Kazakh or Russian text found/],
    ['a Word 97–2003 file', () => file('old.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])), /old\.doc: a Word 97–2003 file \(\.doc\), which is not read: open it in Word or LibreOffice, save it as \.docx/],
    ['a PDF', () => file('policy.pdf', '%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n'), /policy\.pdf: a PDF, which is not read/],
    ['a ZIP archive that is no Word file', () => file('photos.docx', writeZip([['a.txt', 'x']])), /photos\.docx: a ZIP archive, not a Word \.docx file/],
    ['a damaged Word file', () => file('cut.docx', writeZip([['word/document.xml', '<w:document>']]).slice(0, 40)), /cut\.docx: a damaged ZIP archive or Word file/],
  ]

  it.each(cases)('%s', async (_, makePath, message) => {
    const result = await run(makePath(), '--policy', 'demo', '--out', out)
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(message)
    expect(existsSync(out)).toBe(false)
    expect(readdirSync(dir).filter((name) => name.includes('.tmp'))).toEqual([])
  })

  it('rejects bad options with the usage text (status 2)', async () => {
    expect((await run()).status).toBe(2)
    expect((await run(seed(SEEDS.getx), '--version', 'two')).stderr).toMatch(/--version expects a whole number/)
    const badDate = await run(seed(SEEDS.getx), '--effective', '2025-02-30', '--out', out)
    expect(badDate.status).toBe(1)
    expect(badDate.stderr).toMatch(/--effective: "2025-02-30" is not a calendar day/)
    expect(existsSync(out)).toBe(false)
  })

  it('does not replace an existing output file when the import fails', async () => {
    writeFileSync(out, 'previous\n')
    expect((await run(file('empty.txt', ''), '--out', out)).status).toBe(1)
    expect(readFileSync(out, 'utf8')).toBe('previous\n')
  })
})

describe('numbering defects: reported with file and line, never a stop', () => {
  it('imports a clause given twice, warning where', async () => {
    const input = file('dup.md', '1. Общие положения\n\n1.1. Первый пункт политики о данных пользователей.\n\n1.2. Второй пункт.\n\n1.1. Снова первый пункт.\n')
    const result = await run(input, '--policy', 'demo', '--effective', '2024-01-01', '--out', out)
    expect(result.status).toBe(0)
    expect(result.stderr).toMatch(/dup\.md:7: clause 1\.1 appears twice in the ru text \(first on line 3\); both kept/)
    expect(readFileSync(out, 'utf8')).toContain('Снова первый пункт')
  })
})

describe('a good import', () => {
  it('writes NDJSON and reports each section on stderr', async () => {
    const result = await run(seed(SEEDS.privacy), '--policy', 'privacy', '--effective', '2021-01-15', '--out', out)
    expect(result.status).toBe(0)
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line))
    expect(lines.map((doc) => doc._id)).toEqual(['policy-privacy', 'policyRevision-privacy-v1'])
    expect(result.stderr).toMatch(/^4\s+667\s+702\s+ok$/m)
    expect(result.stderr).toMatch(/table header: "Рус \| Каз"/)
  })

  it('is deterministic: the same input twice gives the same bytes', async () => {
    const second = join(dir, 'again.ndjson')
    await run(seed(SEEDS.eKarlygash), '--policy', 'e-karlygash', '--out', out)
    await run(seed(SEEDS.eKarlygash), '--policy', 'e-karlygash', '--out', second)
    expect(readFileSync(second)).toEqual(readFileSync(out))
  })

  it('writes to stdout without --out, and names the policy after the file by default', async () => {
    const result = await run(file('My Policy.md', '## Политика конфиденциальности\n\nМы храним ваши данные в защищённом хранилище и не передаём их.\n'), '--effective', '2024-05-01')
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('"_id":"policy-my-policy"')
  })

  it('warns and uses today in Almaty when no date is given or stated', async () => {
    const result = await run(seed(SEEDS.getx), '--out', out)
    expect(result.stderr).toMatch(/no effective date in the text and no --effective: using today in Asia\/Almaty \(\d{4}-\d{2}-\d{2}\)/)
  })
})

describe('bilingual fidelity in the report', () => {
  it('lists facts that differ between the kk and ru texts of a section', async () => {
    const input = file('drift.txt', '1. Жалпы ережелер\n\n1.1. Деректер 30 күн бойы сақталады.\n\n1. Общие положения\n\n1.1. Данные хранятся 10 дней.\n')
    const result = await run(input, '--policy', 'drift', '--effective', '2024-01-01', '--out', out)
    expect(result.status).toBe(0)
    expect(result.stderr).toMatch(/\[duration\] §1 .*only kk has 30 day.*only ru has 10 day/)
    expect(result.stderr).toMatch(/Fidelity: 1 difference between kk and ru in 1 section/)
  })

  it('says so when the two languages agree', async () => {
    const input = file('same.txt', '1. Жалпы ережелер\n\n1.1. Деректер 30 күн бойы сақталады.\n\n1. Общие положения\n\n1.1. Данные хранятся 30 дней.\n')
    expect((await run(input, '--policy', 'same', '--effective', '2024-01-01', '--out', out)).stderr).toMatch(/Fidelity: no difference between kk and ru/)
  })
})
