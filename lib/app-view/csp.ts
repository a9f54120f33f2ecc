// Import-free: next.config's header rules may use it too. No script may run and nothing may load (the view's
// only style is inline); any app may embed the view in a frame.
export const APP_VIEW_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors *"
