import {spawn} from 'node:child_process'
import {existsSync} from 'node:fs'
import {setTimeout as sleep} from 'node:timers/promises'
import {describe, expect, it} from 'vitest'
import {samplePeakRss, treeRss} from './process-tree'

describe.skipIf(!existsSync('/proc/self/statm'))('treeRss (needs /proc)', () => {
  it('adds the memory of child processes to their parent', async () => {
    const alone = treeRss(process.pid)
    expect(alone).toBeGreaterThan(10 * 1024 * 1024) // a Node process holds tens of MiB
    const child = spawn(process.execPath, ['-e', 'const keep = Buffer.alloc(64 * 1024 * 1024, 1); setTimeout(() => keep, 5000)'])
    try {
      const peak = samplePeakRss(process.pid, 50)
      await sleep(1500)
      const withChild = peak.stop()
      expect(treeRss(child.pid!)).toBeGreaterThan(64 * 1024 * 1024)
      expect(withChild).toBeGreaterThan(alone + 64 * 1024 * 1024)
    } finally {
      child.kill()
    }
  })

  it('is 0 for a process that does not exist', () => {
    expect(treeRss(2 ** 22 + 12345)).toBe(0)
  })
})
