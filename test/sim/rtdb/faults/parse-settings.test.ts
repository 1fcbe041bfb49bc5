import { describe, expect, it } from 'vitest'
import { FaultSettingsError, parseFaultSettings } from '../../../../sim/rtdb/faults/parse-settings.js'
import { createFaultController } from '../../../../sim/rtdb/faults/fault-controller.js'

describe('parseFaultSettings', () => {
  it('accepts partial settings', () => {
    expect(parseFaultSettings({ latencyMs: { out: 100 }, stall: true })).toEqual({ latencyMs: { out: 100 }, stall: true })
  })

  it('lists every problem at once', () => {
    let message = ''
    try {
      parseFaultSettings({ latencyMs: { in: -1, sideways: 3 }, stall: 'yes', bogus: 1 })
    } catch (error) {
      expect(error).toBeInstanceOf(FaultSettingsError)
      message = (error as Error).message
    }
    expect(message).toContain('unknown setting "bogus"')
    expect(message).toContain('stall must be a boolean')
    expect(message).toContain('latencyMs.in')
    expect(message).toContain('latencyMs.sideways')
  })
})

describe('createFaultController', () => {
  it('merges settings, notifies subscribers, and clears back to no faults', () => {
    const seen: boolean[] = []
    const faults = createFaultController({ dropConnections: () => 0 })
    faults.onChange((state) => seen.push(state.stall))
    faults.set({ latencyMs: { in: 5 } })
    faults.set({ stall: true })
    expect(faults.state).toEqual({ latencyMs: { in: 5, out: 0 }, stall: true, refuseConnections: false, rejectWrites: false })
    faults.clear()
    expect(faults.state.latencyMs).toEqual({ in: 0, out: 0 })
    expect(seen).toEqual([false, true, false])
  })
})
