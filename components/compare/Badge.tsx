const tones = {
  added: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200',
  removed: 'bg-rose-100 text-rose-900 dark:bg-rose-950 dark:text-rose-200',
  moved: 'bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-200',
  changed: 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200',
}

// A symbol for scanning the page; the text says the same for everyone else.
const symbols = {added: '+', removed: '−', moved: '↕', changed: '~'}

/** A visible, textual label for what happened to a section. */
export function Badge({tone, children}: {tone: keyof typeof tones; children: React.ReactNode}) {
  return (
    <span className={`inline-flex items-center gap-1 rounded-full px-2.5 py-0.5 text-xs font-semibold ${tones[tone]}`}>
      <span aria-hidden="true">{symbols[tone]}</span>
      {children}
    </span>
  )
}
