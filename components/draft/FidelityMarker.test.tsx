// Draft mode's marker names every kind of finding in the page's language, omissions with the text they concern.
import {renderToStaticMarkup} from 'react-dom/server'
import {describe, expect, it} from 'vitest'
import {checkSection} from '@/lib/fidelity/checkSection'
import {section} from '@/lib/fidelity/testing/section'
import {findingKinds} from '@/lib/fidelity/types'
import {translator} from '@/lib/i18n/translator'
import kk from '@/messages/kk.json'
import ru from '@/messages/ru.json'
import {FidelityMarker} from './FidelityMarker'

describe('FidelityMarker', () => {
  it('has a label for every kind of finding in both languages', () => {
    for (const kind of findingKinds) {
      expect(kk.Draft.kinds[kind]).toBeTruthy()
      expect(ru.Draft.kinds[kind]).toBeTruthy()
    }
  })

  it('shows an omitted sentence and an omitted item with their text, in the page language', () => {
    const findings = checkSection(
      section({
        ru: 'Администрация принимает организационные и технические меры. К персональной информации относятся фамилия, имя, номер телефона и адрес электронной почты.',
        kk: 'Әкімшілік техникалық шараларды қабылдайды.',
      }),
      {revisionId: 'r'},
    )
    const html = renderToStaticMarkup(<FidelityMarker findings={findings} t={translator('kk')} />)
    expect(html).toContain(`${kk.Draft.kinds.omittedSentence}; тек орыс тіліндегі мәтінде: К персональной информации относятся фамилия, имя, номер телефона и адрес электронной почты.`)
    expect(html).toContain(`${kk.Draft.kinds.omittedItem}; тек орыс тіліндегі мәтінде: организационные`)
    expect(renderToStaticMarkup(<FidelityMarker findings={findings} t={translator('ru')} />)).toContain(`${ru.Draft.kinds.omittedItem}; только в тексте на русском языке: организационные`)
  })
})
