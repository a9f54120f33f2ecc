import {getTranslations} from 'next-intl/server'
import type {Locale} from '@/lib/content/types'
import {getSiteSettings} from '@/lib/content/getters'
import {pickLocalized} from '@/lib/i18n/locales'

/** The organization and how to reach it: every page shows who is responsible for the texts. */
export async function SiteFooter({locale}: {locale: Locale}) {
  const [settings, t] = await Promise.all([getSiteSettings(), getTranslations({locale, namespace: 'Footer'})])
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
              <dt>{t('email')}</dt>
              <dd>
                <a href={`mailto:${settings.contactEmail}`}>{settings.contactEmail}</a>
              </dd>
            </>
          )}
          {settings.contactPhone && (
            <>
              <dt>{t('phone')}</dt>
              <dd>
                <a href={`tel:${settings.contactPhone.replace(/[^+\d]/g, '')}`}>{settings.contactPhone}</a>
              </dd>
            </>
          )}
          {address && (
            <>
              <dt>{t('address')}</dt>
              <dd lang={address.lang}>{address.value}</dd>
            </>
          )}
        </dl>
      </div>
    </footer>
  )
}
