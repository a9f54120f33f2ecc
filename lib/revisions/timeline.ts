import type {Revision, RevisionStatus} from '@/lib/content/types'
import {previousDay} from './dates'

export type TimelineEntry = {
  revision: Revision
  status: RevisionStatus
  /** Last day in force (`YYYY-MM-DD`), when a later revision replaced it. */
  inForceUntil?: string
  /** Superseded by a higher version with the same date: never in force. */
  shadowed: boolean
}

export type Timeline = {
  /** Newest version first. */
  entries: TimelineEntry[]
  current?: Revision
  /** The nearest revision that takes effect after today. */
  upcoming?: Revision
  /** Human-readable problems with the revisions' dates (reported by the caller, once). */
  problems: string[]
}

/**
 * Places each revision in time relative to `today` (an Almaty calendar day). A revision is in force from its
 * `effectiveFrom` until the next revision's; of two revisions on one date the higher version wins.
 */
export function buildTimeline(revisions: Revision[], today: string): Timeline {
  const problems: string[] = []
  // By date, then version: the last one of a date is the one in force that day.
  const byDate = [...revisions].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom) || a.version - b.version)
  const effective: Revision[] = []
  for (const revision of byDate) {
    const last = effective.at(-1)
    if (last && last.effectiveFrom === revision.effectiveFrom) {
      problems.push(
        `${revision.id}: effectiveFrom ${revision.effectiveFrom} is also the date of ${last.id}; version ${revision.version} wins`,
      )
      effective[effective.length - 1] = revision
    } else {
      effective.push(revision)
    }
  }
  const byVersion = [...revisions].sort((a, b) => a.version - b.version)
  byVersion.forEach((revision, index) => {
    const before = byVersion[index - 1]
    if (before && revision.effectiveFrom < before.effectiveFrom) {
      problems.push(`${revision.id}: version ${revision.version} takes effect before version ${before.version}`)
    }
    if (before && revision.version > before.version + 1) {
      problems.push(`${revision.id}: version ${revision.version} follows version ${before.version} (a gap)`)
    }
  })

  const inForce = effective.filter((r) => r.effectiveFrom <= today)
  const current = inForce.at(-1)
  const upcoming = effective.find((r) => r.effectiveFrom > today)
  const entries = byVersion
    .map((revision): TimelineEntry => {
      const position = effective.indexOf(revision)
      const shadowed = position < 0
      const next = shadowed ? undefined : effective[position + 1]
      const status: RevisionStatus =
        revision.effectiveFrom > today ? 'upcoming' : revision === current ? 'current' : 'archive'
      return {
        revision,
        status,
        shadowed,
        inForceUntil: next && next.effectiveFrom <= today ? previousDay(next.effectiveFrom) : undefined,
      }
    })
    .reverse()
  return {entries, current, upcoming, problems}
}

export function findEntry(timeline: Timeline, version: number): TimelineEntry | undefined {
  return timeline.entries.find((entry) => entry.revision.version === version)
}

/** The revision shown just before this one in the history (the previous version), if any. */
export function previousVersion(timeline: Timeline, version: number): number | undefined {
  const older = timeline.entries.map((e) => e.revision.version).filter((v) => v < version)
  return older.length ? Math.max(...older) : undefined
}

/** What a policy's own page (and its app view) shows: the revision in force today, else the upcoming one. */
export function shownEntry(timeline: Timeline): TimelineEntry | undefined {
  const shown = timeline.current ?? timeline.upcoming
  return shown && findEntry(timeline, shown.version)
}
