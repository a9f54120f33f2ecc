import type {Locale} from '@/lib/content/types'
import {headLinks, type Head} from '@/lib/pages/head'
import {readerCss} from '@/styles/reader-css'

/** The `<head>` of every reader page: charset first, then what browsers, search engines and feed readers read. */
export function DocumentHead({head, locale}: {head: Head; locale: Locale}) {
  return (
    <head>
      <meta charSet="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{head.title}</title>
      {head.description && <meta name="description" content={head.description} />}
      {head.noindex && <meta name="robots" content="noindex" />}
      {headLinks(head, locale).map((link) => (
        <link key={`${link.rel} ${link.hrefLang ?? link.type ?? ''}`} {...link} />
      ))}
      <meta name="color-scheme" content="light dark" />
      <meta name="theme-color" media="(prefers-color-scheme: light)" content="#fbfaf7" />
      <meta name="theme-color" media="(prefers-color-scheme: dark)" content="#14161a" />
      <style dangerouslySetInnerHTML={{__html: readerCss}} />
    </head>
  )
}
