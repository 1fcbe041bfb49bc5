// The file `--import` reads and `--export-on-exit` writes: every namespace's data (export format,
// so priorities survive, §8) and its rules text.
//
//   { "format": "aurora-rtdb-emulator-export", "version": 1,
//     "namespaces": { "<ns>": { "data": <export json>, "rules": "<rules text>"? } } }

import { readFile, rename, writeFile } from 'node:fs/promises'
import { toExport } from '../tree/node.js'
import { fromExport } from '../tree/values.js'
import { compileRules } from '../rules/index.js'
import { isValidNamespaceName, type NamespaceRegistry } from '../database/namespace.js'
import { replaceRoot } from '../database/commit.js'

export const EXPORT_FORMAT = 'aurora-rtdb-emulator-export'

export interface ExportFile {
  readonly format: typeof EXPORT_FORMAT
  readonly version: 1
  readonly namespaces: Record<string, { readonly data: unknown; readonly rules?: string }>
}

export class ImportFileError extends Error {}

export function buildExport(registry: NamespaceRegistry): ExportFile {
  const namespaces: Record<string, { data: unknown; rules?: string }> = {}
  for (const namespace of registry.all()) {
    const rulesChanged = namespace.rules !== registry.defaultRules
    if (namespace.root === null && !rulesChanged) continue
    namespaces[namespace.name] = {
      data: toExport(namespace.root),
      ...(rulesChanged ? { rules: namespace.rules.source } : {}),
    }
  }
  return { format: EXPORT_FORMAT, version: 1, namespaces }
}

export function parseExportFile(json: unknown): ExportFile {
  const shape = `expected {"format":"${EXPORT_FORMAT}","version":1,"namespaces":{"<ns>":{"data":...,"rules":"..."}}}`
  if (typeof json !== 'object' || json === null) throw new ImportFileError(`not an export file: ${shape}`)
  const file = json as Record<string, unknown>
  if (file['format'] !== EXPORT_FORMAT || file['version'] !== 1) throw new ImportFileError(`unknown format or version: ${shape}`)
  const namespaces = file['namespaces']
  if (typeof namespaces !== 'object' || namespaces === null || Array.isArray(namespaces)) {
    throw new ImportFileError(`"namespaces" must be an object: ${shape}`)
  }
  for (const [name, entry] of Object.entries(namespaces)) {
    if (!isValidNamespaceName(name)) throw new ImportFileError(`invalid namespace name "${name}"`)
    if (typeof entry !== 'object' || entry === null || !('data' in entry)) {
      throw new ImportFileError(`namespace "${name}" needs a "data" field: ${shape}`)
    }
    const rules: unknown = (entry as Record<string, unknown>)['rules']
    if (rules !== undefined && typeof rules !== 'string') throw new ImportFileError(`namespace "${name}": "rules" must be a string`)
  }
  return json as ExportFile
}

/** Loads every namespace of the file; invalid data or rules fail the whole import. */
export function applyExportFile(registry: NamespaceRegistry, file: ExportFile, now: number): void {
  const prepared = Object.entries(file.namespaces).map(([name, entry]) => {
    try {
      return {
        name,
        root: fromExport(entry.data, { now, existing: () => null }),
        rules: entry.rules === undefined ? null : compileRules(entry.rules),
      }
    } catch (error) {
      throw new ImportFileError(`namespace "${name}": ${error instanceof Error ? error.message : String(error)}`)
    }
  })
  for (const { name, root, rules } of prepared) {
    const namespace = registry.get(name)
    if (rules !== null) namespace.replaceRules(rules)
    replaceRoot(namespace, root)
  }
}

export async function readExportFile(path: string): Promise<ExportFile> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw new ImportFileError(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`)
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new ImportFileError(`${path} is not JSON: ${error instanceof Error ? error.message : String(error)}`)
  }
  return parseExportFile(json)
}

/** Written to a temporary file and renamed, so an interrupted exit never leaves half a file. */
export async function writeExportFile(path: string, file: ExportFile): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`
  await writeFile(temporary, `${JSON.stringify(file, null, 2)}\n`)
  await rename(temporary, path)
}
