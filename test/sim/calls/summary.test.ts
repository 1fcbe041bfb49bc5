import { describe, expect, it } from 'vitest'
import { faultLabel, phaseAt, type AppliedFault } from '../../../sim/calls/fault-timeline.js'
import type { CallRecord, WebhookRecord } from '../../../sim/calls/run-record.js'
import type { CallScript } from '../../../sim/calls/script.js'
import { voiceLatencyFromMetrics } from '../../../sim/calls/server-metrics.js'
import { collectSamples, percentile, summarize, type Sample } from '../../../sim/calls/summary.js'

const outage: AppliedFault = { kind: 'outage', label: 'outage', startMs: 1000, endMs: 2000, source: 'x.yaml:3' }
const latency: AppliedFault = { kind: 'latency', label: 'latency 300ms', startMs: 1500, endMs: 3000, source: 'x.yaml:7' }
const drop: AppliedFault = { kind: 'drop', label: 'drop', startMs: 2500, endMs: 2500, source: 'x.yaml:9' }

describe('percentile', () => {
  it('is the nearest rank', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1)
    expect(percentile(sorted, 50)).toBe(50)
    expect(percentile(sorted, 95)).toBe(95)
    expect(percentile(sorted, 99)).toBe(99)
    expect(percentile(sorted, 100)).toBe(100)
    expect(percentile([7], 99)).toBe(7)
    expect(percentile([1, 2, 3], 50)).toBe(2)
    expect(percentile([], 50)).toBeNull()
  })
})

describe('phaseAt', () => {
  it('names the faults active at a moment; a drop has no duration and no phase', () => {
    const faults = [outage, latency, drop]
    expect(phaseAt(faults, 500)).toBe('none')
    expect(phaseAt(faults, 1200)).toBe('outage')
    expect(phaseAt(faults, 1700)).toBe('latency 300ms + outage')
    expect(phaseAt(faults, 2000)).toBe('latency 300ms')
    expect(phaseAt(faults, 2500)).toBe('latency 300ms')
    expect(phaseAt(faults, 3000)).toBe('none')
    expect(faultLabel({ kind: 'latency', latencyMs: 300 })).toBe('latency 300ms')
  })
})

describe('summarize', () => {
  const sample = (measure: Sample['measure'], ms: number, phase: string): Sample => ({ measure, t: 0, ms, phase, call: 'c', turn: 1 })

  it('gives percentiles for the whole run and per phase, "none" first', () => {
    const samples = [
      ...[10, 20, 30, 40].map((ms) => sample('caller_latency', ms, 'outage')),
      ...[1, 2, 3, 4, 5, 6].map((ms) => sample('caller_latency', ms, 'none')),
      ...[100, 5000].map((ms) => sample('firebase_lag', ms, 'outage')),
    ]
    const rows = summarize(samples)
    expect(rows.filter((r) => r.measure === 'caller_latency')).toEqual([
      { measure: 'caller_latency', phase: 'all', count: 10, p50: 5, p95: 40, p99: 40, max: 40 },
      { measure: 'caller_latency', phase: 'none', count: 6, p50: 3, p95: 6, p99: 6, max: 6 },
      { measure: 'caller_latency', phase: 'outage', count: 4, p50: 20, p95: 40, p99: 40, max: 40 },
    ])
    expect(rows.filter((r) => r.measure === 'firebase_lag').map((r) => r.phase)).toEqual(['all', 'outage'])
    expect(rows.filter((r) => r.measure === 'admin_delay')).toEqual([{ measure: 'admin_delay', phase: 'all', count: 0, p50: null, p95: null, p99: null, max: null }])
  })

  it('has only the "all" row when there were no faults', () => {
    const rows = summarize([sample('caller_latency', 3, 'none')])
    expect(rows.filter((r) => r.measure === 'caller_latency').map((r) => r.phase)).toEqual(['all'])
  })
})

describe('collectSamples', () => {
  const script: CallScript = {
    label: 's', from: '+15551230001', to: '+15559990000', delayMs: 0, turns: [], admin: [], end: 'hangup', expect: {}, source: { file: 's.yaml', line: 1 },
  }
  const webhook = (over: Partial<WebhookRecord>): WebhookRecord => ({
    kind: 'gather', url: 'https://a.test/process-speech?turn=1', turn: 1, scriptTurn: 0, utterance: 'speech', speech: 'fire',
    sentAt: 0, receivedAt: null, status: 200, acknowledged: true, spoken: '', firebaseAt: null, firebaseLagMs: null, adminAt: null, ...over,
  })

  it('measures each webhook from the moment it was sent, in the phase of that moment', () => {
    const call: CallRecord = {
      index: 3, job: 0, scenario: 's', label: 's', callSid: 'CA1', from: '+1', script, convId: 'conv', startedAt: 0,
      endedAt: 10, hungUpMidTurn: false, replies: new Map(),
      webhooks: [
        webhook({ kind: 'incoming', turn: 0, sentAt: 900, receivedAt: 920, firebaseAt: 950, firebaseLagMs: 30, adminAt: 930 }),
        webhook({ sentAt: 1100, receivedAt: 1110, firebaseAt: 2300, firebaseLagMs: 1190 }),
        webhook({ sentAt: 1200, receivedAt: 1300, acknowledged: false }),
        webhook({ kind: 'status', turn: null, sentAt: 2600, receivedAt: 2610 }),
      ],
    }
    expect(collectSamples([call], [outage])).toEqual([
      { measure: 'caller_latency', t: 900, ms: 20, phase: 'none', call: 's@3', turn: 0 },
      { measure: 'firebase_lag', t: 900, ms: 30, phase: 'none', call: 's@3', turn: 0 },
      { measure: 'admin_delay', t: 900, ms: 30, phase: 'none', call: 's@3', turn: 0 },
      { measure: 'caller_latency', t: 1100, ms: 10, phase: 'outage', call: 's@3', turn: 1 },
      { measure: 'firebase_lag', t: 1100, ms: 1190, phase: 'outage', call: 's@3', turn: 1 },
      { measure: 'caller_latency', t: 1200, ms: 100, phase: 'outage', call: 's@3', turn: 1 },
    ])
  })
})

describe('voiceLatencyFromMetrics', () => {
  it('combines the voice routes\' histogram buckets and reads percentile bounds', () => {
    const text = [
      '# TYPE aurora_http_request_duration_seconds histogram',
      'aurora_http_request_duration_seconds_bucket{le="0.005",route="/process-speech",status="200",instance="sim"} 80',
      'aurora_http_request_duration_seconds_bucket{le="0.025",route="/process-speech",status="200",instance="sim"} 95',
      'aurora_http_request_duration_seconds_bucket{le="+Inf",route="/process-speech",status="200",instance="sim"} 100',
      'aurora_http_request_duration_seconds_bucket{le="0.005",route="/incoming-call",status="200",instance="sim"} 0',
      'aurora_http_request_duration_seconds_bucket{le="0.025",route="/incoming-call",status="200",instance="sim"} 0',
      'aurora_http_request_duration_seconds_bucket{le="+Inf",route="/incoming-call",status="200",instance="sim"} 0',
      'aurora_http_request_duration_seconds_bucket{le="0.005",route="/api/stream",status="200",instance="sim"} 0',
      'aurora_http_request_duration_seconds_bucket{le="+Inf",route="/api/stream",status="200",instance="sim"} 1000',
    ].join('\n')
    expect(voiceLatencyFromMetrics(text)).toEqual({ count: 100, p50AtMostMs: 5, p95AtMostMs: 25, p99AtMostMs: null })
    expect(voiceLatencyFromMetrics('')).toBeNull()
  })
})
