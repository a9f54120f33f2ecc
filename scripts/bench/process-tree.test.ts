import {spawn} from 'node:child_process'
import {existsSync} from 'node:fs'
import {describe, expect, it, vi} from 'vitest'
import {samplePeakRss, treeRss} from './process-tree'

const MiB = 1024 * 1024

describe.skipIf(!existsSync('/proc/self/statm'))('treeRss (needs /proc)', () => {
  it('adds the memory of child processes to their parent', async () => {
    const alone = treeRss(process.pid)
    expect(alone).toBeGreaterThan(10 * MiB) // a Node process holds tens of MiB
    const peak = samplePeakRss(process.pid, 50)
    // The child holds 64 MiB until it is killed.
    const child = spawn(process.execPath, ['-e', 'const keep = Buffer.alloc(64 * 1024 * 1024, 1); setInterval(() => keep, 1000)'])
    try {
      // Wait for the child to hold its memory (polled, with a deadline), not for a fixed time.
      await vi.waitFor(() => expect(treeRss(child.pid!)).toBeGreaterThan(64 * MiB), {timeout: 15_000, interval: 50})
      expect(treeRss(process.pid)).toBeGreaterThan(alone + 64 * MiB)
      expect(peak.stop()).toBeGreaterThan(alone + 64 * MiB)
    } finally {
      peak.stop()
      child.kill()
    }
  }, 30_000)

  it('is 0 for a process that does not exist', () => {
    expect(treeRss(2 ** 22 + 12345)).toBe(0)
  })
})
