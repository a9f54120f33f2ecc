// Shared by the diff text and the legend, so the legend always shows exactly what the page uses.
// Colour is never the only cue: insertions stay underlined, deletions struck through, badges carry text.
export const insertedClass =
  'rounded-sm bg-emerald-100 px-0.5 text-emerald-950 underline decoration-emerald-700 decoration-2 underline-offset-2 box-decoration-clone dark:bg-emerald-950 dark:text-emerald-100 dark:decoration-emerald-400'

export const deletedClass =
  'rounded-sm bg-rose-100 px-0.5 text-rose-950 line-through decoration-rose-700 box-decoration-clone dark:bg-rose-950 dark:text-rose-100 dark:decoration-rose-400'
