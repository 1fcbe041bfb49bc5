// Splits a REST URL into namespace, node path and query parameters:
// `/users/alice.json?ns=demo&print=pretty` -> ns "demo", path [users, alice].

import type { Path } from '../tree/node.js'
import { InvalidDataError, parsePath } from '../tree/path.js'
import { isValidNamespaceName } from '../database/namespace.js'
import { ERR_BAD_NAMESPACE, ERR_BAD_PATH, ERR_NO_NAMESPACE, ERR_NOT_FOUND } from './errors.js'

export interface RestTarget {
  readonly namespace: string
  readonly path: Path
  readonly params: URLSearchParams
}

export function splitUrl(url: string): { pathname: string; params: URLSearchParams } {
  const queryStart = url.indexOf('?')
  return queryStart === -1
    ? { pathname: url, params: new URLSearchParams() }
    : { pathname: url.slice(0, queryStart), params: new URLSearchParams(url.slice(queryStart + 1)) }
}

export function namespaceFrom(params: URLSearchParams): string {
  const ns = params.get('ns')
  if (ns === null || ns === '') throw new ERR_NO_NAMESPACE()
  if (!isValidNamespaceName(ns)) throw new ERR_BAD_NAMESPACE(ns)
  return ns
}

export function restTarget(url: string): RestTarget {
  const { pathname, params } = splitUrl(url)
  if (!pathname.endsWith('.json')) throw new ERR_NOT_FOUND(pathname)
  let decoded: string
  try {
    decoded = pathname
      .slice(0, -'.json'.length)
      .split('/')
      .map((segment) => decodeURIComponent(segment))
      .join('/')
  } catch {
    throw new ERR_BAD_PATH('bad percent-encoding')
  }
  let path: Path
  try {
    path = parsePath(decoded)
  } catch (error) {
    if (error instanceof InvalidDataError) throw new ERR_BAD_PATH(error.message)
    throw error
  }
  return { namespace: namespaceFrom(params), path, params }
}
