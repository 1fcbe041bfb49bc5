import { close, constants, fdatasync, fsync, ftruncate, open, write } from 'node:fs'
import { open as openHandle } from 'node:fs/promises'

// The few file operations durability rests on. The journal uses raw fds and the callback API:
// one append is a write plus an fdatasync on libuv's thread pool, with no FileHandle bookkeeping
// on the caller's path.

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

/** Writes all of buf at the fd's position (O_APPEND: the end), looping over short writes. */
export async function writeAll(fd: number, buf: Buffer): Promise<void> {
  let offset = 0
  while (offset < buf.length) {
    const written = await new Promise<number>((resolve, reject) =>
      write(fd, buf, offset, buf.length - offset, null, (err, n) => (err ? reject(err) : resolve(n))),
    )
    if (written === 0) throw new Error('write() wrote nothing')
    offset += written
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
