// Fixed vectors for the JSON's ETag: apps store these tags and send them back in If-None-Match, so a change in how
// they are computed (an unchanged document no longer answering 304) must fail here. The tag is the unpadded
// base64url SHA-256 of the body's UTF-8 bytes, in double quotes.
import {describe, expect, it} from 'vitest'
import {ifNoneMatchHits, strongEtag} from './etag'

const bodies: [body: string, etag: string][] = [
  ['', '"47DEQpj8HBSa-_TImW-5JCeuQeRkm5NMpJWZG3hSuFU"'],
  ['{"a":1}', '"AVq9f1zFei3ZS3WQ8ErYCEJzkF7jPsXOvq5iJ2qX-GI"'],
  ['{"error":"policy not found","slug":"nope"}', '"z5bAkB0IStKD_yjwLCdBMp3M-Y1OzCNWDqiSeDC2bLM"'],
  ['{"titles":{"kk":"Құпиялылық саясаты","ru":"Политика конфиденциальности"}}', '"mNsWiYtb8KQ-ZLU4ds6CVPzwgyY54KLmRfRfiwYtr40"'],
  ['body\n', '"ni7JEq9d_ypyMAhjhk_E2gToGZkznZ-sXHWQuoo_ThE"'],
]

describe('strongEtag: fixed vectors', () => {
  for (const [body, etag] of bodies) {
    it(`${JSON.stringify(body)} → ${etag}`, () => expect(strongEtag(body)).toBe(etag))
  }
})

describe('If-None-Match against "AVq9…-GI" (the tag of {"a":1})', () => {
  const tag = '"AVq9f1zFei3ZS3WQ8ErYCEJzkF7jPsXOvq5iJ2qX-GI"'
  const hits = [
    '"AVq9f1zFei3ZS3WQ8ErYCEJzkF7jPsXOvq5iJ2qX-GI"',
    'W/"AVq9f1zFei3ZS3WQ8ErYCEJzkF7jPsXOvq5iJ2qX-GI"',
    '"other", "AVq9f1zFei3ZS3WQ8ErYCEJzkF7jPsXOvq5iJ2qX-GI"',
    'W/"other",W/"AVq9f1zFei3ZS3WQ8ErYCEJzkF7jPsXOvq5iJ2qX-GI"',
    '  "AVq9f1zFei3ZS3WQ8ErYCEJzkF7jPsXOvq5iJ2qX-GI"  ',
    'AVq9f1zFei3ZS3WQ8ErYCEJzkF7jPsXOvq5iJ2qX-GI',
    '*',
    '"other", *',
  ]
  const misses = [
    null,
    undefined,
    '',
    '""',
    'W/""',
    '"other"',
    '"47DEQpj8HBSa-_TImW-5JCeuQeRkm5NMpJWZG3hSuFU"',
    '"avq9f1zfei3zs3wq8eryceJzkf7jpsxovq5ij2qx-gi"',
    'w/"AVq9f1zFei3ZS3WQ8ErYCEJzkF7jPsXOvq5iJ2qX-GI"',
    '"AVq9f1zFei3ZS3WQ8ErYCEJzkF7jPsXOvq5iJ2qX-G"',
    '"AVq9f1zFei3ZS3WQ8ErYCEJzkF7jPsXOvq5iJ2qX-GI="',
    '"Vq9f1zFei3ZS3WQ8ErYCEJzkF7jPsXOvq5iJ2qX-GI"',
  ]

  it('is the tag of its body', () => expect(strongEtag('{"a":1}')).toBe(tag))
  for (const header of hits) it(`hits ${JSON.stringify(header)}`, () => expect(ifNoneMatchHits(header, tag)).toBe(true))
  for (const header of misses) it(`misses ${JSON.stringify(header)}`, () => expect(ifNoneMatchHits(header, tag)).toBe(false))
})
