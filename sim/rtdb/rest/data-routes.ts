// The data endpoints of the REST API (§11): GET/PUT/PATCH/POST/DELETE `/<path>.json?ns=`.
// Writes go through database/commit.ts like WebSocket writes, so they fan out to listeners.

import type { FastifyInstance, FastifyReply } from 'fastify'
import { applyQuery } from '../query/window.js'
import { loadsAllData, parseRestQuery, type QuerySpec } from '../query/query-spec.js'
import { nodeAt, toExport, type Path, type TreeNode } from '../tree/node.js'
import { hashNode } from '../tree/hash.js'
import { priorityTarget } from '../tree/path.js'
import { commitWrite, type WriteOp } from '../database/commit.js'
import type { Identity } from '../database/identity.js'
import type { Namespace } from '../database/namespace.js'
import { mayRead } from '../database/read-access.js'
import { STATUS } from '../protocol/status.js'
import { ERR_BAD_CONDITIONAL, ERR_BAD_DATA, ERR_BAD_JSON, ERR_BAD_METHOD_OVERRIDE, ERR_BAD_QUERY, ERR_PERMISSION_DENIED, ERR_WRITES_REJECTED } from './errors.js'
import { requestIdentity } from './request-identity.js'
import { restTarget } from './rest-target.js'
import { toRestJSON } from './rest-json.js'
import type { HttpDeps } from './rest-deps.js'

export function registerDataRoutes(app: FastifyInstance, deps: HttpDeps): void {
  app.route({
    method: ['GET', 'PUT', 'PATCH', 'POST', 'DELETE'],
    url: '/*',
    handler: async (request, reply) => {
      const target = restTarget(request.url)
      const namespace = deps.registry.get(target.namespace)
      const identity = requestIdentity(target.params, request.headers)
      const exportFormat = target.params.get('format') === 'export'
      const render = (node: TreeNode | null) => (exportFormat ? toExport(node) : toRestJSON(node))
      const now = deps.clock()
      const method = effectiveMethod(request.method, request.headers['x-http-method-override'])
      const condition = conditionOf(method, request.headers)
      const here = (): TreeNode | null => nodeAt(namespace.root, nodePathOf(target.path))
      const tagged = (): FastifyReply => reply.header('etag', etagOf(here()))
      const answer = (): FastifyReply => (condition.wantsEtag || condition.ifMatch !== undefined ? tagged() : reply)

      if (method === 'GET') {
        const value = readValue(namespace, target.path, target.params, identity, now, render)
        return send(condition.wantsEtag ? tagged() : reply, target.params, value)
      }
      if (deps.faults.state.rejectWrites) throw new ERR_WRITES_REJECTED()
      const write = (op: WriteOp): boolean => commit(namespace, op, identity, now, condition.ifMatch)
      switch (method) {
        case 'PUT': {
          if (!write({ kind: 'set', path: target.path, data: parseBody(request.body) })) return preconditionFailed(tagged(), render(here()))
          return send(answer(), target.params, render(here()))
        }
        case 'PATCH': {
          const children = parseBody(request.body)
          if (typeof children !== 'object' || children === null || Array.isArray(children)) {
            throw new ERR_BAD_DATA('PATCH needs a JSON object of relative paths')
          }
          write({ kind: 'merge', path: target.path, children: children as Record<string, unknown> })
          // A writer that asked for silence (the mirror's batches) gets no echo: skip building it.
          if (target.params.get('print') === 'silent') return send(reply, target.params, null)
          const written: Record<string, unknown> = {}
          for (const key of Object.keys(children)) {
            written[key] = render(nodeAt(namespace.root, [...target.path, ...key.split('/').filter(Boolean)]))
          }
          return send(reply, target.params, written)
        }
        case 'POST': {
          const name = deps.pushId()
          write({ kind: 'set', path: [...nodePathOf(target.path), name], data: parseBody(request.body) })
          return send(reply, target.params, { name })
        }
        default: {
          if (!write({ kind: 'set', path: target.path, data: null })) return preconditionFailed(tagged(), render(here()))
          return send(answer(), target.params, null)
        }
      }
    },
  })
}

/** `X-HTTP-Method-Override` on a POST, for clients that cannot send PUT, PATCH or DELETE (§11). */
function effectiveMethod(method: string, override: string | string[] | undefined): string {
  if (method !== 'POST' || override === undefined) return method
  const wanted = String(override).trim().toUpperCase()
  if (!['GET', 'PUT', 'PATCH', 'POST', 'DELETE'].includes(wanted)) throw new ERR_BAD_METHOD_OVERRIDE(String(override))
  return wanted
}

/**
 * Conditional requests (§11): `X-Firebase-ETag: true` asks for the ETag, and `if-match` makes a
 * PUT or DELETE write only while the value still has that ETag (compare-and-set over REST).
 */
function conditionOf(method: string, headers: Record<string, string | string[] | undefined>): { wantsEtag: boolean; ifMatch: string | undefined } {
  const ifMatch = headers['if-match']
  if (ifMatch !== undefined && method !== 'PUT' && method !== 'DELETE') throw new ERR_BAD_CONDITIONAL(method)
  // Tolerate the quotes HTTP puts around entity tags.
  const tag = ifMatch === undefined ? undefined : String(ifMatch).trim().replace(/^"(.*)"$/, '$1')
  return { wantsEtag: headers['x-firebase-etag'] === 'true', ifMatch: tag === NULL_ETAG ? hashNode(null) : tag }
}

/** What no data is tagged with, as Firebase spells it. */
const NULL_ETAG = 'null_etag'

/** The ETag of the value at a path: the hash transactions compare (§10). */
function etagOf(node: TreeNode | null): string {
  return node === null ? NULL_ETAG : hashNode(node)
}

/** 412 with what is there now and its ETag, so the client can retry from it. */
function preconditionFailed(reply: FastifyReply, current: unknown): FastifyReply {
  return reply.code(412).type('application/json; charset=utf-8').send(JSON.stringify(current))
}

function readValue(
  namespace: Namespace,
  path: Path,
  params: URLSearchParams,
  identity: Identity,
  now: number,
  render: (node: TreeNode | null) => unknown,
): unknown {
  let spec: QuerySpec | null
  try {
    spec = parseRestQuery(params)
  } catch (error) {
    throw new ERR_BAD_QUERY(error instanceof Error ? error.message : String(error))
  }
  // The query parameters are the `query` of .read rules, as for a listen with the same query.
  if (!mayRead(namespace, identity, path, spec, now)) throw new ERR_PERMISSION_DENIED()
  const shallow = params.get('shallow') === 'true'
  if (shallow && spec !== null) throw new ERR_BAD_QUERY('shallow=true cannot be combined with orderBy')
  const node = nodeAt(namespace.root, path)
  if (shallow) {
    // Objects become {key: true}; leaves are returned as they are (§11).
    if (node?.kind !== 'object') return render(node)
    return Object.fromEntries([...node.children.keys()].map((key) => [key, true]))
  }
  return render(spec === null || loadsAllData(spec) ? node : applyQuery(node, spec))
}

/** False when `ifMatch` no longer names the value there (nothing was written). */
function commit(namespace: Namespace, op: WriteOp, identity: Identity, now: number, ifMatch?: string): boolean {
  const outcome = commitWrite(namespace, op, { identity, now, ...(ifMatch === undefined ? {} : { expectedHash: ifMatch }) })
  if (outcome.ok) return true
  if (outcome.status === STATUS.dataStale) return false
  if (outcome.status === STATUS.permissionDenied) throw new ERR_PERMISSION_DENIED()
  throw new ERR_BAD_DATA(outcome.message)
}

/** The node a write lands on (§5: a write to `<path>/.priority` changes the node at `<path>`). */
function nodePathOf(path: Path): Path {
  return priorityTarget(path) ?? path
}

function parseBody(body: unknown): unknown {
  if (typeof body !== 'string' || body.trim() === '') throw new ERR_BAD_JSON()
  try {
    return JSON.parse(body)
  } catch {
    throw new ERR_BAD_JSON()
  }
}

function send(reply: FastifyReply, params: URLSearchParams, value: unknown): FastifyReply {
  const print = params.get('print')
  if (print === 'silent') return reply.code(204).send()
  const text = print === 'pretty' ? JSON.stringify(value, null, 2) : JSON.stringify(value)
  return reply.type('application/json; charset=utf-8').send(text)
}
