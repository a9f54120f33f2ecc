export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    await import('./lib/check-dataset-at-startup')
    await import('./lib/check-settings-at-startup')
  }
}
