import { close, constants, fdatasync, fsync, ftruncate, open } from 'node:fs'
import { open as openHandle } from 'node:fs/promises'

// The few file operations durability rests on. The journal uses raw fds and the callback API:
// one append is one write on libuv's thread pool (O_DSYNC, see DURABLE_APPEND), with no
// FileHandle bookkeeping on the caller's path; journal.ts issues that write itself.

/**
 * The journal's append mode: O_DSYNC makes each write(2) return only once its data (and the
 * metadata needed to read it back) is on the device, like write + fdatasync, but in one system
 * call, so a group commit costs one trip through libuv's thread pool instead of two.
 */
export const DURABLE_APPEND = constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_DSYNC

export function openFd(path: string, flags: string | number): Promise<number> {
  return new Promise((resolve, reject) => open(path, flags, 0o644, (err, fd) => (err ? reject(err) : resolve(fd))))
}

export function closeFd(fd: number): Promise<void> {
  return new Promise((resolve, reject) => close(fd, (err) => (err ? reject(err) : resolve())))
}

export function datasyncFd(fd: number): Promise<void> {
  return new Promise((resolve, reject) => fdatasync(fd, (err) => (err ? reject(err) : resolve())))
}

export function fsyncFd(fd: number): Promise<void> {
  return new Promise((resolve, reject) => fsync(fd, (err) => (err ? reject(err) : resolve())))
}

export function truncateFd(fd: number, length: number): Promise<void> {
  return new Promise((resolve, reject) => ftruncate(fd, length, (err) => (err ? reject(err) : resolve())))
}

/** Creates path (failing if it exists) holding data, synced to the device before it resolves. */
export async function createSyncedFile(path: string, data: string | Buffer): Promise<void> {
  const handle = await openHandle(path, 'wx')
  try {
    await handle.writeFile(data)
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/**
 * fsync of a directory: makes the creation, rename or deletion of the entries in it durable.
 * Without it a power cut can undo a rename or lose a freshly created segment file.
 */
export async function fsyncDir(dir: string): Promise<void> {
  const handle = await openHandle(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}
