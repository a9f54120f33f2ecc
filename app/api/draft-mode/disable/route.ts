import {draftMode} from 'next/headers'
import {redirectBack} from '@/lib/http/redirect'

export async function GET(request: Request) {
  ;(await draftMode()).disable()
  return redirectBack(request)
}
