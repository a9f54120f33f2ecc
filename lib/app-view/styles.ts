// The app view's whole stylesheet, inlined (no request to any host) and kept tiny: it is most of what the view
// costs beyond its text. Colours are the system's own (`color-scheme` gives light or dark with the reader's
// setting, links included); sizes are relative, so the text follows the reader's text size (iOS Dynamic Type
// through -apple-system-body, only where -webkit-touch-callout says iOS; Android's text zoom through the root
// size); padding keeps text out of notches and off the home indicator.
const base = [
  ':root{color-scheme:light dark}',
  '@supports(-webkit-touch-callout:none){:root{font:-apple-system-body}}',
  'html{padding:env(safe-area-inset-top) env(safe-area-inset-right) env(safe-area-inset-bottom) env(safe-area-inset-left);-webkit-text-size-adjust:100%}',
  'body{max-width:40em;margin:auto;padding:1em;font:1em/1.5 system-ui,sans-serif;overflow-wrap:break-word}',
  'h1{font-size:1.5em}',
  'h2{font-size:1.2em}',
].join('')

/** Only documents that show a notice (archived, upcoming) pay for its rule. */
const notice = 'aside{border-left:.25em solid;padding-left:.75em}'

export function appViewCss({withNotice = false}: {withNotice?: boolean} = {}): string {
  return withNotice ? base + notice : base
}
