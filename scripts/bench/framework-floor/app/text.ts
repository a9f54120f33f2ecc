import {readFileSync} from 'node:fs'

export type FloorText = {title: string; lang: string; text: string}

/** The text the bench measured on the product's page (FLOOR_TEXT_FILE, JSON), read at build time. */
export function readFloorText(): FloorText {
  const file = process.env.FLOOR_TEXT_FILE
  if (!file) return {title: 'Framework floor', lang: 'en', text: 'Set FLOOR_TEXT_FILE to the text to render.'}
  return JSON.parse(readFileSync(file, 'utf8')) as FloorText
}
