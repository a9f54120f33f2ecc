import './globals.css'
import type {Metadata} from 'next'
import kk from '@/messages/kk.json'
import ru from '@/messages/ru.json'

// A path outside both locales (a mistyped prefix, a stray file): one page in both languages, linking to each.
export const metadata: Metadata = {title: `${kk.NotFound.title} · ${ru.NotFound.title}`}

export default function GlobalNotFound() {
  return (
    <html lang="kk">
      <body className="bg-paper text-ink">
        <main className="mx-auto grid max-w-3xl gap-10 px-4 py-16 sm:grid-cols-2 sm:px-6">
          {([['kk', kk], ['ru', ru]] as const).map(([locale, messages]) => (
            <section key={locale} lang={locale}>
              <h1 className="text-2xl font-semibold">{messages.NotFound.title}</h1>
              <p className="mt-3 text-muted">{messages.NotFound.body}</p>
              <p className="mt-5">
                <a href={`/${locale}`}>{messages.NotFound.back}</a>
              </p>
            </section>
          ))}
        </main>
      </body>
    </html>
  )
}
