// Sanity Studio at /studio/*. The HTML is one static shell; the Studio itself runs in the browser.
import {NextStudio} from 'next-sanity/studio'
import config from '../../../sanity.config'

// Every /studio/* path serves the same shell (the Studio routes on the client).
export const dynamic = 'force-static'

export {metadata, viewport} from 'next-sanity/studio'

export default function StudioPage() {
  return <NextStudio config={config} />
}
