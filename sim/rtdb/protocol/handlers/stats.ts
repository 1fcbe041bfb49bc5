// §6.1 `s`: connection stats. Sent once per client; the client only logs a failure.

import type { RequestContext } from '../dispatch.js'
import { STATUS } from '../status.js'

export function handleStats({ reply }: RequestContext): void {
  reply(STATUS.ok)
}
