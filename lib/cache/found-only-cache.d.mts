/** Whether Next's cache may keep `data` whatever was stored before: anything but a route handler's non-200. */
export function alwaysStored(data: {kind?: string; status?: number} | null | undefined): boolean

type Context = {fs: unknown; flushToDisk?: boolean; serverDistDir: string; revalidatedTags?: string[]; maxMemoryCacheSize?: number}

export default class FoundOnlyCache {
  constructor(ctx: Context)
  get(key: string, ctx: {kind: string; isFallback?: boolean}): Promise<unknown>
  set(key: string, data: unknown, ctx: Record<string, unknown>): Promise<void>
  holds(key: string): Promise<boolean>
}
