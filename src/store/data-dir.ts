import { mkdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { ERR_STORE_DATA_DIR_UNUSABLE } from '../errors.js'
import { fsyncDir } from './durable-fs.js'
import { JOURNAL_DIR } from './segments.js'

// The data dir (AURORA_DATA_DIR) is chosen by whoever deploys Aurora, and the usual ways to get
// it wrong (a path that is a regular file, a directory owned by root while Aurora runs as
// another user, a read-only mount) would otherwise surface as a bare errno stack trace from
// somewhere inside start-up. Each becomes one coded error naming the setting, the path and what
// is wrong with it.

/** Creates the data dir and its journal dir if missing, durably. */
export async function prepareDataDir(dir: string): Promise<void> {
  try {
    const created = await mkdir(dir, { recursive: true })
    await mkdir(join(dir, JOURNAL_DIR), { recursive: true })
    await fsyncDir(dir)
    if (created !== undefined) await fsyncDir(dirname(dir))
  } catch (err) {
    // Only here do EEXIST and ENOTDIR mean a file stands where a directory should be.
    const { code, path } = errnoOf(err)
    const where = path ?? dir
    if (code === 'EEXIST') throw unusable(dir, `${where} exists but is not a directory`, err)
    if (code === 'ENOTDIR') throw unusable(dir, `a parent of ${where} is not a directory`, err)
    throw asDataDirError(dir, err)
  }
}

/**
 * `err` as ERR_STORE_DATA_DIR_UNUSABLE when it says this process may not write the data dir or
 * something in it; anything else (an I/O error, a coded error) passes through unchanged.
 */
export function asDataDirError(dir: string, err: unknown): unknown {
  const { code, path, syscall } = errnoOf(err)
  const where = path ?? dir
  if (code === 'EACCES' || code === 'EPERM') return unusable(dir, `permission denied to ${syscall ?? 'access'} ${where} for ${currentUser()}`, err)
  if (code === 'EROFS') return unusable(dir, `${where} is on a read-only file system`, err)
  return err
}

function errnoOf(err: unknown): Partial<NodeJS.ErrnoException> {
  return err !== null && typeof err === 'object' ? (err as NodeJS.ErrnoException) : {}
}

function unusable(dir: string, problem: string, err: unknown): Error {
  return new ERR_STORE_DATA_DIR_UNUSABLE(dir, `${problem} (${errnoOf(err).code})`, { cause: err })
}

function currentUser(): string {
  const uid = process.getuid?.()
  return uid === undefined ? 'this process' : `this process (uid ${uid})`
}
