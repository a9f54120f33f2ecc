// Next's cache handler (next.config.ts `cacheHandler`): Next's own file-system cache, except that a route handler's
// answer other than 200 is never written for a URL that has nothing stored. Reader routes are ISR route handlers, so
// without this every unknown URL a client invents (`/kk/<anything>`, `v/<n>`, `compare/<a>/<b>`) left a 404 on disk
// for good: bounded only by what clients send. Pages that exist are bounded by the content.
//
// Plain JavaScript: Next imports this file at run time (next start and the standalone server.js), outside its bundler.
import nextFileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js'

/** @type {any} */
const FileSystemCache = nextFileSystemCache.default ?? nextFileSystemCache

/** Whether Next's cache may keep `data` whatever was stored before: anything but a route handler's non-200. */
export function alwaysStored(data) {
  return !data || data.kind !== 'APP_ROUTE' || data.status === 200
}

export default class FoundOnlyCache extends FileSystemCache {
  async set(key, data, ctx) {
    if (alwaysStored(data) || (await this.holds(key))) return super.set(key, data, ctx)
    // Nothing stored: a 404 (or 308, 500) is answered and forgotten, and renders again on the next request.
  }

  /**
   * Whether a response is stored for `key`: in memory, on disk, or as the build's prerendered copy. Then a 404 must
   * replace it (a policy or version that was removed), or the old page would be served, stale, forever.
   */
  async holds(key) {
    if (FileSystemCache.memoryCache?.has(key)) return true
    const marker = key.indexOf('/$/')
    const keys = marker === -1 ? [key] : [key, key.slice(marker + 2)]
    return keys.some((k) => {
      try {
        return this.fs.existsSync(this.getFilePath(`${k}.body`, 'APP_ROUTE'))
      } catch {
        return false // a key that would leave the cache folder holds nothing
      }
    })
  }
}

