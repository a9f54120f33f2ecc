import {APP_VIEW_CSP} from './app-view/csp'

// Response headers for every route. Public pages load nothing from another origin; the Studio (a client app that
// talks to Sanity's API) gets the origins it needs and nothing else.
type HeaderRule = {source: string; headers: {key: string; value: string}[]}

const common = [
  {key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains'},
  {key: 'X-Content-Type-Options', value: 'nosniff'},
  {key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin'},
  {key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()'},
]

// Public responses run no script at all: reader pages and the app view are complete HTML documents with their
// stylesheet inline, so a script injected into content could not run even if escaping ever failed.
export const READER_CSP = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join('; ')

const studioCsp = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' 'unsafe-eval' https://core.sanity-cdn.com",
  "style-src 'self' 'unsafe-inline'",
  // No third-party avatar hosts (Google's lh3.googleusercontent.com): the Studio shows initials instead.
  "img-src 'self' data: blob: https://cdn.sanity.io https://*.sanity.io",
  "font-src 'self' data: https://design-system-static.sanity.io",
  // With no Sanity project the Studio talks to the local Content Lake on a loopback port (lib/content-lake).
  `connect-src 'self' https://api.sanity.io https://*.api.sanity.io wss://*.api.sanity.io https://*.apicdn.sanity.io https://core.sanity-cdn.com${process.env.NEXT_PUBLIC_SANITY_PROJECT_ID ? '' : ' http://127.0.0.1:*'}`,
  "frame-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'self'",
].join('; ')

/**
 * The headers of a response written before Next routes the request (lib/http/guard.ts, proxy.ts): the hardening
 * and the no-script CSP, whatever the path (the body is never the Studio).
 */
export function baseHeaders(): Record<string, string> {
  return Object.fromEntries([...common, {key: 'Content-Security-Policy', value: READER_CSP}].map(({key, value}) => [key, value]))
}

export function securityHeaders(): HeaderRule[] {
  return [
    {source: '/((?!studio).*)', headers: [...common, {key: 'Content-Security-Policy', value: READER_CSP}]},
    // The apps' webview: no script at all, embeddable by the apps (later rules win for the same header).
    {source: '/:locale/:slug/app', headers: [{key: 'Content-Security-Policy', value: APP_VIEW_CSP}]},
    {source: '/:locale/:slug/v/:version/app', headers: [{key: 'Content-Security-Policy', value: APP_VIEW_CSP}]},
    {source: '/studio/:path*', headers: [...common, {key: 'Content-Security-Policy', value: studioCsp}]},
    {source: '/studio', headers: [...common, {key: 'Content-Security-Policy', value: studioCsp}]},
  ]
}
