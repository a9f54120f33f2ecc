// Sanity Studio at /studio/*. The HTML is one static shell; the Studio itself runs in the browser
// (components/studio/LocalStudio.tsx finds the local Content Lake when no Sanity project is configured).
import LocalStudio from '@/components/studio/LocalStudio'

// Every /studio/* path serves the same shell (the Studio routes on the client).
export const dynamic = 'force-static'

export {metadata, viewport} from 'next-sanity/studio'

export default function StudioPage() {
  return <LocalStudio />
}
