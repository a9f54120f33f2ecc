// The project and user endpoints the Studio asks for at boot, answered as the hosted API answers a project with
// one administrator and no paid features: the local editor, an ACL granting every permission on every document,
// no features, no schedules, an empty key-value store per key.
import {LOCAL_EDITOR_ID} from './store'

export const localEditor = {
  id: LOCAL_EDITOR_ID,
  name: 'Local editor',
  email: 'editor@localhost',
  profileImage: null,
  provider: 'sanity',
  role: 'administrator',
  roles: [{name: 'administrator', title: 'Administrator', description: 'Read and write access to all datasets'}],
}

export type Answer = {status: number; body: unknown}

const ok = (body: unknown): Answer => ({status: 200, body})

/** The project endpoints by path (without the `/v…` prefix); undefined for paths that are not project endpoints. */
export function projectAnswer(method: string, path: string, projectId: string, dataset: string, keyValue: Map<string, unknown>, body: unknown): Answer | undefined {
  const parts = path.split('/').filter(Boolean)
  if (path === '/users/me' || path === '/auth/id') return ok(path === '/auth/id' ? {id: LOCAL_EDITOR_ID} : localEditor)
  if (parts[0] === 'users' && parts[1] === 'me' && parts[2] === 'keyvalue') {
    if (method === 'PUT' && Array.isArray(body)) {
      const pairs = body.filter((pair): pair is {key: string; value: unknown} => !!pair && typeof pair.key === 'string')
      for (const pair of pairs) keyValue.set(pair.key, pair.value)
      return ok(pairs.map(({key, value}) => ({key, value})))
    }
    const keys = (parts[3] ?? '').split(',').filter(Boolean)
    return ok(keys.map((key) => ({key, value: keyValue.get(key) ?? null})))
  }
  if (path === '/ping') return ok('PONG')
  if (path === '/features' || (parts[0] === 'projects' && parts[2] === 'features')) return ok([])
  if (parts[0] === 'users' && parts.length === 2) return ok(parts[1].split(',').map(() => localEditor))
  if (parts[0] === 'schedules') return ok({schedules: []})
  if (parts[0] !== 'projects' || parts[1] !== projectId) return undefined
  const member = {id: LOCAL_EDITOR_ID, role: 'administrator', roles: localEditor.roles, isCurrentUser: true, isRobot: false, createdAt: '2026-01-01T00:00:00Z'}
  if (parts.length === 2) {
    return ok({
      id: projectId, displayName: 'Local policies', studioHost: null, isBlocked: false, isDisabled: false, isDisabledByUser: false,
      organizationId: null, metadata: {}, maxRetentionDays: 0, members: [member], features: [], pendingInvites: 0,
      createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z',
    })
  }
  if (parts[2] === 'users') return ok((parts[3] ?? LOCAL_EDITOR_ID).split(',').map(() => localEditor))
  if (parts[2] === 'grants') {
    const grant = (name: string) => [{grants: [{name}], config: {}}]
    return ok({'sanity.project': grant('read'), 'sanity.project.datasets': grant('read')})
  }
  if (parts[2] === 'user-applications') return ok([])
  if (parts[2] === 'datasets' && parts.length === 3) return ok([{name: dataset, aclMode: 'public', addonFor: null, datasetProfile: 'content', features: [], tags: []}])
  if (parts[2] === 'datasets' && parts[4] === 'acl') {
    return ok([{filter: '_id in path("**")', permissions: ['read', 'create', 'update', 'history', 'editHistory', 'manage']}])
  }
  return undefined
}
