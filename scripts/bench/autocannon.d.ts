// The part of autocannon 9's API the load section uses (the package ships no types).
declare module 'autocannon' {
  type Percentiles = {average: number; mean: number; min: number; max: number; p50: number; p90: number; p99: number; total: number}
  export type Result = {
    duration: number
    errors: number
    timeouts: number
    non2xx: number
    resets: number
    statusCodeStats: Record<string, {count: number}>
    latency: Percentiles
    requests: Percentiles & {sent: number}
    throughput: Percentiles
  }
  type Options = {url: string; connections?: number; duration?: number; timeout?: number; headers?: Record<string, string>}
  function autocannon(options: Options): Promise<Result>
  export default autocannon
}
