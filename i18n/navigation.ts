import {createNavigation} from 'next-intl/navigation'
import {routing} from './routing'

// Public pages link with plain anchors built by `getPathname` (see components/layout/LocaleLink.tsx):
// no client router, no prefetching of whole policy texts.
export const {getPathname, redirect, permanentRedirect} = createNavigation(routing)
