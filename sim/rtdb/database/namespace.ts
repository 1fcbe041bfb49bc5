// One database ("namespace", §1): its tree, its rules and the listens registered on it.
// Namespaces never share anything, so tests that pick unique namespaces never see each other.

import type { CompiledRules } from '../rules/index.js'
import type { TreeNode } from '../tree/node.js'
import { ListenRegistry } from '../listen/listen-registry.js'

export class Namespace {
  root: TreeNode | null = null
  readonly listens = new ListenRegistry()

  constructor(
    readonly name: string,
    public rules: CompiledRules,
  ) {}
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
