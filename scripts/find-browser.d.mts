/** Resolves to 'playwright' (Playwright's own browser), an executable path, or undefined. */
export function findBrowser(): Promise<string | undefined>
/** Flags for a headless Chromium on a machine with no network beyond localhost. */
export const chromiumArgs: string[]
