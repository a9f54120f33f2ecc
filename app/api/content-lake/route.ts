// Where the Studio finds the local Content Lake (its loopback origin), or 404 when it is off: a production build
// without LOCAL_CONTENT_LAKE=1, or a real Sanity project. The Studio's page then says what to do.
import {runningContentLake} from '@/lib/content-lake/start'

export const dynamic = 'force-dynamic'

export function GET() {
  const lake = runningContentLake()
  return lake
    ? Response.json({apiHost: lake.origin, listenerHosts: lake.listenerOrigins}, {headers: {'Cache-Control': 'no-store'}})
    : Response.json({error: 'the local Content Lake is off'}, {status: 404, headers: {'Cache-Control': 'no-store'}})
}
