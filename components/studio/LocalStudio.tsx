'use client'
// The Studio at /studio. With a Sanity project it starts at once; without one it first asks the site where the
// local Content Lake is, and when it is off says what to do instead of Sanity's "Network error".
import {NextStudio} from 'next-sanity/studio'
import {useEffect, useState} from 'react'
import config from '../../sanity.config'
import {hasSanityProject} from '../../sanity/env'
import {pointStudioAtLocalContentLake, type LocalContentLake} from '../../sanity/lib/localContentLake'

type State = 'checking' | 'ready' | 'off'

export default function LocalStudio() {
  const [state, setState] = useState<State>(hasSanityProject ? 'ready' : 'checking')
  useEffect(() => {
    if (hasSanityProject) return
    fetch('/api/content-lake', {cache: 'no-store'})
      .then((response) => (response.ok ? (response.json() as Promise<Partial<LocalContentLake>>) : undefined))
      .then((answer) => {
        if (answer?.apiHost) pointStudioAtLocalContentLake({apiHost: answer.apiHost, listenerHosts: answer.listenerHosts})
        setState(answer?.apiHost ? 'ready' : 'off')
      })
      .catch(() => setState('off'))
  }, [])
  if (state === 'ready') return <NextStudio config={config} />
  if (state === 'checking') return null
  return (
    <main style={{font: '16px/1.5 system-ui, sans-serif', maxWidth: '40rem', margin: '4rem auto', padding: '0 1rem'}}>
      <h1 style={{fontSize: '1.5rem'}}>The Studio has no Content Lake to talk to</h1>
      <p>No Sanity project is configured, and this server is not running the local Content Lake.</p>
      <ul>
        <li>To edit the embedded dataset on this computer, run <code>npm run dev</code> and open /studio there (or start a production build with <code>LOCAL_CONTENT_LAKE=1</code>).</li>
        <li>To edit in Sanity, set <code>NEXT_PUBLIC_SANITY_PROJECT_ID</code> and <code>NEXT_PUBLIC_SANITY_DATASET</code> (README: “Connect a real Sanity project”) and build again.</li>
      </ul>
    </main>
  )
}
