// The load section's yardstick: a minimal node:http server answering every request with one body, compressed once
// in advance. Run in a process of its own (static-server-process.ts starts it), on 127.0.0.1 and a free port:
//   node --import tsx scripts/bench/static-server.ts BODY_FILE CONTENT_TYPE MAX_SECONDS
// It prints {"port":N} once listening, and exits when its stdin closes (the bench stopped it or is gone) or after
// MAX_SECONDS, whichever comes first.
import {readFileSync} from 'node:fs'
import {createServer} from 'node:http'
import type {AddressInfo} from 'node:net'

const [file, contentType, maxSeconds] = process.argv.slice(2)
const body = readFileSync(file)
const headers = {'content-type': contentType, 'content-encoding': 'gzip', 'content-length': body.length}
const server = createServer((_request, response) => {
  response.writeHead(200, headers)
  response.end(body)
})
server.listen(0, '127.0.0.1', () => console.log(JSON.stringify({port: (server.address() as AddressInfo).port})))
setTimeout(() => process.exit(0), Number(maxSeconds) * 1000)
process.stdin.on('end', () => process.exit(0)).resume()
