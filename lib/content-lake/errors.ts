// Errors in the shape the Content Lake answers them, so @sanity/client and the Studio show their message.
export class LakeError extends Error {
  constructor(readonly status: number, readonly body: {error: Record<string, unknown> | string; [key: string]: unknown}) {
    super(typeof body.error === 'string' ? body.error : String(body.error.description ?? 'error'))
  }

  /** A mutation or action that cannot be carried out: 409, as the Content Lake answers, naming the document. */
  static mutation(description: string, id: string, type = 'mutationError', status = 409): LakeError {
    return new LakeError(status, {
      error: {description: `The mutation(s) failed: ${description}`, type: 'mutationError', items: [{error: {description, id, type}, index: 0}]},
    })
  }

  static badRequest(description: string): LakeError {
    return new LakeError(400, {error: {description, type: 'validationError'}})
  }
}
