import type {AppViewData} from './load'

export type NoticeKind = 'archived' | 'notYetInForce' | 'changeComing'

/** Which notice the view opens with, if any: decided once, for the notice and for the one CSS rule it needs. */
export function noticeKind({entry, timeline}: Pick<AppViewData, 'entry' | 'timeline'>): NoticeKind | undefined {
  if (entry.status === 'archive') return 'archived'
  if (entry.status === 'upcoming') return 'notYetInForce'
  return timeline.upcoming ? 'changeComing' : undefined
}
