type Props = {tone: 'info' | 'warning'; children: React.ReactNode}

const tones = {
  info: 'border-sky-300 bg-sky-50 dark:border-sky-800 dark:bg-sky-950/60',
  warning: 'border-amber-300 bg-amber-50 dark:border-amber-800 dark:bg-amber-950/60',
}

/** A boxed message above the text: an archived revision, an upcoming change. */
export function Notice({tone, children}: Props) {
  return (
    <aside role="note" className={`mt-6 rounded-lg border px-4 py-3 text-[0.95rem] ${tones[tone]}`}>
      {children}
    </aside>
  )
}
