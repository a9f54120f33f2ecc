// Every public URL of the site: the paths (lib/paths.ts, re-exported here for the pages) and absolute URLs.
import {env} from '@/lib/env'

export {paths} from '@/lib/paths'

export function absoluteUrl(path: string): string {
  return new URL(path, env.SITE_URL).toString()
}
