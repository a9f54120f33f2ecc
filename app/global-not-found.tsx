import {GlobalNotFoundPage} from '@/components/pages/GlobalNotFoundPage'

// Every path a reader can type is answered by a route handler (app/[locale]/…), outside both languages too;
// this App Router page only answers what those never see (a missing file under /_next). It renders the same
// document; its scripts are refused by the site's CSP, and it needs none.
export default GlobalNotFoundPage
