// Mendoza effects, the patch format the Studio applies to documents it follows (listener events and history
// transactions carry `effects: {apply, revert}`). Sanity's `mendoza` package only decodes; this writes the two
// operations of the format a field-level change needs: ObjectSetFieldValue and ObjectDeleteField on the root, or
// Value (the whole new value) when there is no object to patch. mendoza's own applyPatch checks it in the tests.
import {isDeepStrictEqual} from 'node:util'

type Doc = Record<string, unknown>

const OP_VALUE = 0
const OP_OBJECT_SET_FIELD_VALUE = 17
const OP_OBJECT_DELETE_FIELD = 19

/** `_rev` is not part of the patched value: the Studio sets it from the event's `resultRev`. */
function withoutRev(doc: Doc | null): Doc | null {
  if (!doc) return null
  const {_rev: _ignored, ...rest} = doc
  return rest
}

/** A patch that turns `from` into `to` (both without `_rev`). */
export function mendozaPatch(from: Doc | null, to: Doc | null): unknown[] {
  const left = withoutRev(from)
  const right = withoutRev(to)
  if (!left || !right) return [OP_VALUE, right]
  const patch: unknown[] = []
  const leftKeys = Object.keys(left).sort()
  leftKeys.forEach((key, index) => {
    if (!(key in right)) patch.push(OP_OBJECT_DELETE_FIELD, index)
  })
  for (const key of Object.keys(right)) {
    if (!(key in left) || !isDeepStrictEqual(left[key], right[key])) patch.push(OP_OBJECT_SET_FIELD_VALUE, right[key], key) // value, then key
  }
  return patch
}

export function effects(before: Doc | null, after: Doc | null): {apply: unknown[]; revert: unknown[]} {
  return {apply: mendozaPatch(before, after), revert: mendozaPatch(after, before)}
}
