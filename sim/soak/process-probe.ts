// What Aurora's process holds, read from /proc (Linux only): its resident set (VmRSS, the same
// number `ps` and the OOM killer use) and its open file descriptors, classified so an fd leak
// says what leaked. Sockets are matched by inode against /proc/<pid>/net/tcp{,6}, which gives
// their ports and TCP state: an inbound connection the client has closed but Aurora never closed
// sits in CLOSE_WAIT, which is what a leaked SSE or webhook socket looks like from outside.

import { readFile, readdir, readlink } from 'node:fs/promises'
import { relative } from 'node:path'

/** VmRSS in bytes, or null when the process is gone (or this is not Linux). */
export async function residentBytes(pid: number): Promise<number | null> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8')
    const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status)
    return match ? Number(match[1]) * 1024 : null
  } catch {
    return null
  }
}

/** Number of open file descriptors, or null when the process is gone. */
export async function openFdCount(pid: number): Promise<number | null> {
  try {
    return (await readdir(`/proc/${pid}/fd`)).length
  } catch {
    return null
  }
}

export interface SocketCounts {
  listening: number
  /** Connections to Aurora's own port (webhooks, admin streams, scrapes), by TCP state. */
  inbound: Record<string, number>
  /** Connections Aurora opened (the mirror's Firebase connection), by TCP state. */
  outbound: Record<string, number>
  unix: number
  /** Sockets not found in net/tcp (UDP, netlink, or already gone). */
  other: number
}

export interface FdBreakdown {
  total: number
  /** Regular files by path (relative to the data dir when inside it), with how many fds hold each. */
  files: Record<string, number>
  pipes: number
  /** anon_inode:[eventpoll], [eventfd], [timerfd]... */
  anon: Record<string, number>
  sockets: SocketCounts
}

const TCP_STATES: Readonly<Record<string, string>> = {
  '01': 'ESTABLISHED',
  '02': 'SYN_SENT',
  '03': 'SYN_RECV',
  '04': 'FIN_WAIT1',
  '05': 'FIN_WAIT2',
  '06': 'TIME_WAIT',
  '07': 'CLOSE',
  '08': 'CLOSE_WAIT',
  '09': 'LAST_ACK',
  '0A': 'LISTEN',
  '0B': 'CLOSING',
}

interface TcpEntry {
  localPort: number
  state: string
}

/** inode -> local port and state, from the process's view of /proc/net/tcp and tcp6. */
export function parseNetTcp(text: string, into = new Map<string, TcpEntry>()): Map<string, TcpEntry> {
  for (const line of text.split('\n').slice(1)) {
    const fields = line.trim().split(/\s+/)
    // sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode
    const local = fields[1]
    const state = fields[3]
    const inode = fields[9]
    if (local === undefined || state === undefined || inode === undefined) continue
    const port = Number.parseInt(local.slice(local.lastIndexOf(':') + 1), 16)
    into.set(inode, { localPort: port, state: TCP_STATES[state] ?? state })
  }
  return into
}

/** Every fd of the process, classified. `port` is Aurora's listening port; `dataDir` shortens paths. */
export async function fdBreakdown(pid: number, port: number, dataDir: string): Promise<FdBreakdown | null> {
  let names: string[]
  try {
    names = await readdir(`/proc/${pid}/fd`)
  } catch {
    return null
  }
  const tcp = new Map<string, TcpEntry>()
  for (const file of ['tcp', 'tcp6']) {
    try {
      parseNetTcp(await readFile(`/proc/${pid}/net/${file}`, 'utf8'), tcp)
    } catch {
      // No IPv6 on this machine, or the process is gone: the counts below say "other".
    }
  }
  let unixInodes = new Set<string>()
  try {
    unixInodes = new Set((await readFile(`/proc/${pid}/net/unix`, 'utf8')).split('\n').slice(1).map((l) => l.trim().split(/\s+/)[6] ?? ''))
  } catch {
    // as above
  }
  const out: FdBreakdown = { total: 0, files: {}, pipes: 0, anon: {}, sockets: { listening: 0, inbound: {}, outbound: {}, unix: 0, other: 0 } }
  const bump = (record: Record<string, number>, key: string): void => {
    record[key] = (record[key] ?? 0) + 1
  }
  for (const name of names) {
    let target: string
    try {
      target = await readlink(`/proc/${pid}/fd/${name}`)
    } catch {
      continue // closed while we were reading
    }
    out.total++
    const socket = /^socket:\[(\d+)\]$/.exec(target)
    if (socket) {
      const inode = socket[1] as string
      const entry = tcp.get(inode)
      if (entry?.state === 'LISTEN') out.sockets.listening++
      else if (entry) bump(entry.localPort === port ? out.sockets.inbound : out.sockets.outbound, entry.state)
      else if (unixInodes.has(inode)) out.sockets.unix++
      else out.sockets.other++
    } else if (target.startsWith('pipe:')) out.pipes++
    else if (target.startsWith('anon_inode:')) bump(out.anon, target.slice('anon_inode:'.length))
    else bump(out.files, target.startsWith(dataDir) ? `<data>/${relative(dataDir, target)}` : target)
  }
  return out
}
