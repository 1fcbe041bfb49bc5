// Detects prototype pollution in this process: the app under test runs in it (app.inject, the
// in-process emulator), so a careless merge of `__proto__` or `constructor.prototype` from a
// request would show up on the built-in prototypes here.

const PROTOTYPES: ReadonlyArray<readonly [string, object]> = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
  ['Number.prototype', Number.prototype],
  ['Boolean.prototype', Boolean.prototype],
]

type Snapshot = Map<string, Map<string | symbol, unknown>>

function describeSlots(target: object): Map<string | symbol, unknown> {
  const slots = new Map<string | symbol, unknown>()
  for (const key of Reflect.ownKeys(target)) {
    const descriptor = Reflect.getOwnPropertyDescriptor(target, key)
    slots.set(key, descriptor?.value ?? descriptor?.get ?? descriptor?.set)
  }
  return slots
}

/** The own properties of the built-in prototypes, to compare against later. */
export function snapshotPrototypes(): Snapshot {
  return new Map(PROTOTYPES.map(([name, proto]) => [name, describeSlots(proto)]))
}

/** Added, removed or replaced properties on the built-in prototypes since `before`. */
export function prototypeChanges(before: Snapshot): string[] {
  const changes: string[] = []
  for (const [name, proto] of PROTOTYPES) {
    const then = before.get(name) ?? new Map()
    const now = describeSlots(proto)
    for (const [key, value] of now) {
      if (!then.has(key)) changes.push(`${name}.${String(key)} was added`)
      else if (then.get(key) !== value) changes.push(`${name}.${String(key)} was replaced`)
    }
    for (const key of then.keys()) if (!now.has(key)) changes.push(`${name}.${String(key)} was deleted`)
  }
  // The classic probe, in case a getter was planted somewhere the snapshot cannot see.
  const probe = {} as Record<string, unknown>
  if (probe['polluted'] !== undefined) changes.push('({}).polluted is defined')
  return changes
}
