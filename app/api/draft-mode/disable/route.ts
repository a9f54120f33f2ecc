import {draftMode} from 'next/headers'

export async function GET(request: Request) {
  ;(await draftMode()).disable()
  const redirect = new URL(request.url).searchParams.get('redirect') ?? '/'
  const target = redirect.startsWith('/') && !redirect.startsWith('//') ? redirect : '/'
  return new Response(null, {status: 307, headers: {Location: target}})
}
