// Peak memory of a process and everything it started (next build forks workers), sampled from /proc.
// The sum of RSS over the tree counts shared pages once per process: an upper bound of what the build holds.
import {readdirSync, readFileSync} from 'node:fs'

const PAGE_SIZE = 4096

type Proc = {pid: number; ppid: number; rssBytes: number}

function readProc(pid: number): Proc | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The command name is in parentheses and may hold spaces: fields start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const rssPages = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1])
    return {pid, ppid: Number(fields[1]), rssBytes: rssPages * PAGE_SIZE}
  } catch {
    return undefined // the process ended between listing and reading
  }
}

/** Summed RSS of `root` and its descendants now, in bytes; 0 where /proc is missing. */
export function treeRss(root: number): number {
  let pids: number[]
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name)).map(Number)
  } catch {
    return 0
  }
  const children = new Map<number, Proc[]>()
  const byPid = new Map<number, Proc>()
  for (const pid of pids) {
    const proc = readProc(pid)
    if (!proc) continue
    byPid.set(pid, proc)
    children.set(proc.ppid, [...(children.get(proc.ppid) ?? []), proc])
  }
  let total = 0
  const stack = byPid.has(root) ? [byPid.get(root)!] : []
  while (stack.length) {
    const proc = stack.pop()!
    total += proc.rssBytes
    stack.push(...(children.get(proc.pid) ?? []))
  }
  return total
}

/** Samples the tree's RSS now, every `intervalMs` and once more on `stop()`, which returns the peak in bytes. */
export function samplePeakRss(root: number, intervalMs = 250): {stop: () => number} {
  let peak = treeRss(root)
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRss(root))
  }, intervalMs)
  return {
    stop() {
      clearInterval(timer)
      return (peak = Math.max(peak, treeRss(root)))
    },
  }
}
