// One database ("namespace", §1): its tree, its rules and the listens registered on it.
// Namespaces never share anything, so tests that pick unique namespaces never see each other.

import type { CompiledRules } from '../rules/index.js'
import type { TreeNode } from '../tree/node.js'
import { ListenRegistry } from '../listen/listen-registry.js'

/** An open connection on the namespace, whose listens were granted under its rules (protocol/session.ts). */
export interface ListeningConnection {
  /** Re-checks the connection's listens and revokes those it may no longer read (§6.8 `c`). */
  revokeUnreadable(): void
}

export class Namespace {
  root: TreeNode | null = null
  readonly listens = new ListenRegistry()
  readonly connections = new Set<ListeningConnection>()
  private currentRules: CompiledRules

  constructor(
    readonly name: string,
    rules: CompiledRules,
  ) {
    this.currentRules = rules
  }

  get rules(): CompiledRules {
    return this.currentRules
  }

  /**
   * Firebase checks a listen's read access when it is opened, and again when the rules change:
   * listens the new rules deny are revoked, so a client does not go on receiving data it may no
   * longer read.
   */
  replaceRules(rules: CompiledRules): void {
    this.currentRules = rules
    for (const connection of this.connections) connection.revokeUnreadable()
  }
}

/** Namespace names: anything a URL query carries sensibly; the SDK sends the database name (§1). */
const NAMESPACE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/

export function isValidNamespaceName(name: string): boolean {
  return NAMESPACE_NAME.test(name)
}

export class NamespaceRegistry {
  private readonly byName = new Map<string, Namespace>()

  constructor(public defaultRules: CompiledRules) {}

  /** The namespace, created on first use (§1: any namespace is accepted lazily). */
  get(name: string): Namespace {
    let namespace = this.byName.get(name)
    if (namespace === undefined) {
      namespace = new Namespace(name, this.defaultRules)
      this.byName.set(name, namespace)
    }
    return namespace
  }

  /** The namespace if it was ever used, without creating it. */
  peek(name: string): Namespace | undefined {
    return this.byName.get(name)
  }

  all(): IterableIterator<Namespace> {
    return this.byName.values()
  }
}
