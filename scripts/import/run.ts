// The command line, as a function: tests run it in-process. Exit status: 0 written (or --help), 1 bad input
// (nothing written), 2 bad usage.
import {USAGE, UsageError, parseCliArgs} from './args'
import {checkDataset, formatReport as formatFidelityReport} from '@/lib/fidelity'
import {ImportError, formatReport, importFiles, toNdjson, writeFileAtomic} from './index'

export type Output = {stdout: (text: string) => void; stderr: (text: string) => void}

export async function runCli(argv: string[], output: Output): Promise<number> {
  try {
    const {files, out, options} = parseCliArgs(argv)
    const {documents, report} = await importFiles(files, options)
    const ndjson = toNdjson(documents)
    if (out) writeFileAtomic(out, ndjson)
    else output.stdout(ndjson)
    output.stderr(formatReport(report))
    // Facts that differ between the kk and ru texts of a section, as `npm run check:content` prints them.
    const fidelity = checkDataset(documents)
    output.stderr(formatFidelityReport(fidelity.findings, {revisions: fidelity.revisions, sections: fidelity.sections}).join('\n') + '\n')
    return 0
  } catch (error) {
    if (error instanceof UsageError && !error.message) {
      output.stdout(`${USAGE}\n`)
      return 0
    }
    if (error instanceof UsageError) {
      output.stderr(`error: ${error.message}\n${USAGE}\n`)
      return 2
    }
    if (error instanceof ImportError) {
      output.stderr(`error: ${error.message}\n`)
      return 1
    }
    output.stderr(`error: ${(error as Error).stack ?? error}\n`)
    return 1
  }
}
