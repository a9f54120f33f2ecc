/** A problem with an input that stops the import; the CLI prints it and exits non-zero without writing. */
export class ImportError extends Error {
  constructor(
    readonly file: string,
    message: string,
    readonly line?: number,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${message}`)
    this.name = 'ImportError'
  }
}
