// The dataset the local Content Lake edits: LOCAL_DATASET when set, else a git-ignored working copy of the demo
// dataset, made on first run. The committed demo file is never written.
import {copyFileSync, existsSync, mkdirSync} from 'node:fs'
import {dirname, resolve} from 'node:path'
import {DEMO_DATASET} from '../env'

/** Makes the working copy from the demo dataset when it does not exist yet; returns whether it did. */
export function ensureWorkingCopy(path: string, demo = DEMO_DATASET): boolean {
  if (existsSync(path)) return false
  if (resolve(path) === resolve(demo)) return false
  mkdirSync(dirname(path), {recursive: true})
  copyFileSync(demo, path)
  return true
}

/** Puts the demo dataset back (the reset command). A running Content Lake reads it again on its next request. */
export function resetWorkingCopy(path: string, demo = DEMO_DATASET): void {
  if (resolve(path) === resolve(demo)) throw new Error(`${path} is the demo dataset itself: nothing to reset`)
  mkdirSync(dirname(path), {recursive: true})
  copyFileSync(demo, path)
}
