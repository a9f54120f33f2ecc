// Which methods each kind of path answers: the `Allow` of a 405 (lib/http/guard.ts, proxy.ts).

/** Reader pages, the app view, feeds, the Studio and everything static: read only. */
export const READ_ONLY = ['GET', 'HEAD'] as const

export function allowedMethods(path: string): readonly string[] {
  if (path === '/api/revalidate') return ['POST']
  if (path === '/api/policies' || path.startsWith('/api/policies/')) return ['GET', 'HEAD', 'OPTIONS']
  return READ_ONLY
}
