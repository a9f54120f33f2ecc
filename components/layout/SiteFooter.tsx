import type {Locale, SiteSettings} from '@/lib/content/types'
import type {Translator} from '@/lib/i18n/translator'
import {pickLocalized} from '@/lib/i18n/locales'

/** The organization and how to reach it: every page shows who is responsible for the texts. */
export function SiteFooter({locale, settings, t}: {locale: Locale; settings: SiteSettings; t: Translator}) {
  const organization = pickLocalized(settings.organization, locale)
  const address = pickLocalized(settings.address, locale)
  return (
    <footer className="mt-16 border-t border-line text-sm text-muted">
      <div className="mx-auto grid max-w-7xl gap-2 px-4 py-8 sm:px-6">
        {organization && (
          <p className="font-semibold text-ink" lang={organization.lang}>
            {organization.value}
          </p>
        )}
        <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
          {settings.contactEmail && (
            <>
              <dt>{t('Footer.email')}</dt>
              <dd>
                <a href={`mailto:${settings.contactEmail}`}>{settings.contactEmail}</a>
              </dd>
            </>
          )}
          {settings.contactPhone && (
            <>
              <dt>{t('Footer.phone')}</dt>
              <dd>
                <a href={`tel:${settings.contactPhone.replace(/[^+\d]/g, '')}`}>{settings.contactPhone}</a>
              </dd>
            </>
          )}
          {address && (
            <>
              <dt>{t('Footer.address')}</dt>
              <dd lang={address.lang}>{address.value}</dd>
            </>
          )}
        </dl>
      </div>
    </footer>
  )
}
