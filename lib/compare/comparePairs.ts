import 'server-only'
import {getPolicy, getPolicySlugs} from '@/lib/content/getters'

/** Consecutive version pairs of every policy: the comparisons prerendered at build. */
export async function consecutivePairParams() {
  const policies = await Promise.all((await getPolicySlugs()).map(({slug}) => getPolicy(slug)))
  return policies.flatMap((policy) => {
    if (!policy) return []
    const versions = policy.revisions.map((r) => r.version)
    return versions.slice(1).map((b, i) => ({slug: policy.slug, a: String(versions[i]), b: String(b)}))
  })
}
