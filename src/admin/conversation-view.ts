import type { CallStatus, Message } from '../calls/model.js'
import { setIn } from '../mirror/coalesce.js'
import type { Json } from '../store/index.js'
import type { Urgency } from '../triage/urgency.js'

// What an admin stream shows of one conversation, kept from either source: journal ops (this
// instance's calls, applied one by one as they become durable) or whole Firebase snapshots
// (other instances' calls). Either way the view records what changed since the last
// takeChanges(), so a message is announced once however often a source repeats it.

export interface ConversationChanges {
  added: Message[]
  updated: Message[]
  urgency: Urgency | null
  status: CallStatus | null
  /** The conversation is gone (archived to call_history, or deleted). */
  removed: boolean
}

export interface ConversationSnapshot {
  conversation_id: string
  messages: Message[]
  urgency: Urgency
  status: CallStatus
}

type Meta = Record<string, Json>

export class ConversationView {
  #meta: Meta = {}
  readonly #messages = new Map<string, Message>()
  #exists = false
  /** Before-images since the last takeChanges(): message id -> message (undefined: did not exist). */
  #touched = new Map<string, Message | undefined>()
  #before: { urgency: Urgency; status: CallStatus; exists: boolean } | null = null

  constructor(readonly conversationId: string) {}

  get exists(): boolean {
    return this.#exists
  }

  get urgency(): Urgency {
    return (this.#meta.urgency as Urgency | undefined) ?? 'UNKNOWN'
  }

  get status(): CallStatus {
    return (this.#meta.status as CallStatus | undefined) ?? 'ACTIVE'
  }

  get callId(): string | null {
    return typeof this.#meta.call_id === 'string' ? this.#meta.call_id : null
  }

  get messageCount(): number {
    return this.#messages.size
  }

  /** One journal op at active_conversations/<id>/<rest...> (SET semantics, null deletes). */
  applyOp(rest: readonly string[], value: Json | null): void {
    this.#remember()
    if (rest.length === 0) {
      this.#replace(value)
      return
    }
    const [head, id, ...deeper] = rest as [string, string | undefined, ...string[]]
    if (head !== 'messages') {
      this.#meta = (setIn(this.#meta, rest, value) as Meta | null) ?? {}
      this.#exists = true
      return
    }
    if (id === undefined) {
      for (const key of this.#messages.keys()) this.#touch(key)
      this.#messages.clear()
      this.#addMessages(value)
    } else {
      this.#touch(id)
      const next = deeper.length === 0 ? value : setIn((this.#messages.get(id) ?? null) as Json | null, deeper, value)
      if (isMessage(next)) this.#messages.set(id, next)
      else this.#messages.delete(id)
    }
    this.#exists = true
  }

  /** A whole snapshot of the conversation (Firebase); null when it does not exist. */
  replace(value: Json | null): void {
    this.#remember()
    this.#replace(value)
  }

  /** What changed since the last call; null when nothing did. */
  takeChanges(): ConversationChanges | null {
    const before = this.#before
    if (!before) return null
    const added: Message[] = []
    const updated: Message[] = []
    for (const [id, previous] of this.#touched) {
      const now = this.#messages.get(id)
      if (!now) continue
      if (!previous) added.push(now)
      else if (previous !== now && JSON.stringify(previous) !== JSON.stringify(now)) updated.push(now)
    }
    added.sort(bySeq)
    updated.sort(bySeq)
    const removed = before.exists && !this.#exists
    const changes: ConversationChanges = {
      added,
      updated,
      urgency: this.#exists && this.urgency !== before.urgency ? this.urgency : null,
      status: this.#exists && this.status !== before.status ? this.status : null,
      removed,
    }
    this.#before = null
    this.#touched = new Map()
    const nothing = added.length === 0 && updated.length === 0 && !changes.urgency && !changes.status && !removed
    return nothing ? null : changes
  }

  snapshot(): ConversationSnapshot {
    return {
      conversation_id: this.conversationId,
      messages: [...this.#messages.values()].sort(bySeq),
      urgency: this.urgency,
      status: this.status,
    }
  }

  #remember(): void {
    this.#before ??= { urgency: this.urgency, status: this.status, exists: this.#exists }
  }

  #touch(id: string): void {
    if (!this.#touched.has(id)) this.#touched.set(id, this.#messages.get(id))
  }

  #replace(value: Json | null): void {
    const incoming = value !== null && typeof value === 'object' && !Array.isArray(value) ? value : null
    if (!incoming) {
      for (const key of this.#messages.keys()) this.#touch(key)
      this.#messages.clear()
      this.#meta = {}
      this.#exists = false
      return
    }
    const { messages, ...meta } = incoming
    this.#meta = meta
    this.#exists = true
    const seen = new Set<string>()
    if (messages !== null && typeof messages === 'object' && !Array.isArray(messages)) {
      for (const [id, message] of Object.entries(messages)) {
        if (!isMessage(message)) continue
        seen.add(id)
        const current = this.#messages.get(id)
        if (current && JSON.stringify(current) === JSON.stringify(message)) continue
        this.#touch(id)
        this.#messages.set(id, message)
      }
    }
    for (const id of [...this.#messages.keys()]) {
      if (seen.has(id)) continue
      this.#touch(id)
      this.#messages.delete(id)
    }
  }

  #addMessages(value: Json | null): void {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return
    for (const [id, message] of Object.entries(value)) {
      if (!isMessage(message)) continue
      this.#touch(id)
      this.#messages.set(id, message)
    }
  }
}

function isMessage(value: unknown): value is Message {
  return value !== null && typeof value === 'object' && typeof (value as Message).seq === 'number' && typeof (value as Message).id === 'string'
}

function bySeq(a: Message, b: Message): number {
  return a.seq - b.seq
}
