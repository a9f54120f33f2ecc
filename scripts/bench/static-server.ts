// The load section's yardstick: a minimal node:http server answering every request with one body, compressed once
// in advance. Run in a process of its own (static-server-process.ts starts it), on 127.0.0.1 and a free port:
//   node --import tsx scripts/bench/static-server.ts BODY_FILE CONTENT_TYPE MAX_SECONDS [precompressed|per-request]
// `per-request` unpacks the body once and gzips it again for every request (zlib's default level, as Next's
// compression does): the same bytes on the wire, and the same compression work per request as Next.
// It prints {"port":N} once listening, and exits when its stdin closes (the bench stopped it or is gone) or after
// MAX_SECONDS, whichever comes first.
import {readFileSync} from 'node:fs'
import {createServer} from 'node:http'
import type {AddressInfo} from 'node:net'
import {gunzipSync, gzipSync} from 'node:zlib'

const [file, contentType, maxSeconds, mode = 'precompressed'] = process.argv.slice(2)
const body = readFileSync(file)
const html = gunzipSync(body)
const server = createServer((_request, response) => {
  const sent = mode === 'per-request' ? gzipSync(html) : body
  response.writeHead(200, {'content-type': contentType, 'content-encoding': 'gzip', 'content-length': sent.length})
  response.end(sent)
})
server.listen(0, '127.0.0.1', () => console.log(JSON.stringify({port: (server.address() as AddressInfo).port})))
setTimeout(() => process.exit(0), Number(maxSeconds) * 1000)
process.stdin.on('end', () => process.exit(0)).resume()
