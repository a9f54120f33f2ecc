import type {ReactNode} from 'react'
import {renderToStaticHtml} from './render'

/**
 * A complete HTML document from a tree rooted at `<html>`, rendered once to a string: no script, no RSC payload,
 * nothing to hydrate. Security headers (a CSP that allows no script) come from next.config.ts for every path.
 */
export async function htmlResponse(tree: ReactNode, init: {status?: number; headers?: Record<string, string>} = {}): Promise<Response> {
  const html = `<!DOCTYPE html>${await renderToStaticHtml(tree)}`
  return new Response(html, {status: init.status ?? 200, headers: {'Content-Type': 'text/html; charset=utf-8', ...init.headers}})
}
