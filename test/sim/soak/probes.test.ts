import { describe, expect, it } from 'vitest'
import { gaugeValues, METRIC } from '../../../sim/soak/metrics-text.js'
import { openFdCount, parseNetTcp, residentBytes } from '../../../sim/soak/process-probe.js'

describe('parseNetTcp', () => {
  it('maps socket inodes to their local port and TCP state', () => {
    const text = [
      '  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode',
      '   0: 0100007F:A1B2 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 111 1 0000000000000000 100 0 0 10 0',
      '   1: 0100007F:A1B2 0100007F:C3D4 08 00000000:00000000 00:00000000 00000000  1000        0 222 1 0000000000000000 20 4 30 10 -1',
    ].join('\n')
    const map = parseNetTcp(text)
    expect(map.get('111')).toEqual({ localPort: 0xa1b2, state: 'LISTEN' })
    expect(map.get('222')).toEqual({ localPort: 0xa1b2, state: 'CLOSE_WAIT' })
  })
})

describe('gaugeValues', () => {
  it('sums labelled series of one name and skips comments', () => {
    const text = [
      '# HELP aurora_calls_active Calls held',
      'aurora_calls_active{status="ACTIVE",urgency="HIGH",instance="x"} 3',
      'aurora_calls_active{status="ENDED",urgency="LOW",instance="x"} 2',
      'aurora_process_process_resident_memory_bytes{instance="x"} 137129984',
      'aurora_process_nodejs_eventloop_lag_p99_seconds 0.012',
    ].join('\n')
    const values = gaugeValues(text)
    expect(values.get(METRIC.callsHeld)).toBe(5)
    expect(values.get(METRIC.rss)).toBe(137129984)
    expect(values.get(METRIC.loopP99)).toBe(0.012)
  })
})

describe.runIf(process.platform === 'linux')('/proc probes', () => {
  it('read this process', async () => {
    expect(await residentBytes(process.pid)).toBeGreaterThan(1024 * 1024)
    expect(await openFdCount(process.pid)).toBeGreaterThan(2)
  })

  it('answer null for a process that is gone', async () => {
    expect(await residentBytes(2 ** 22 + 12345)).toBeNull()
    expect(await openFdCount(2 ** 22 + 12345)).toBeNull()
  })
})
