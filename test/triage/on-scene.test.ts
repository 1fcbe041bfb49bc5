import { describe, expect, it } from 'vitest'
import { NOBODY_ON_SCENE, coversAll, onSceneAfter, type OnScene } from '../../src/triage/on-scene.js'

const paramedics: OnScene = { here: true, services: ['ambulance'] }

describe('who is on scene', () => {
  it('adds who came, once each', () => {
    const both = onSceneAfter(paramedics, { helpArrived: true, services: ['fire', 'ambulance'] })
    expect(both).toEqual({ here: true, services: ['ambulance', 'fire'] })
    expect(onSceneAfter(NOBODY_ON_SCENE, { helpArrived: true })).toEqual({ here: true, services: [] })
  })

  it('keeps the paramedics when the caller waits for the fire brigade', () => {
    expect(onSceneAfter(paramedics, { helpAwaited: true, services: ['fire'] })).toEqual(paramedics)
  })

  it('keeps the ones that stay when one of two is not there after all', () => {
    expect(onSceneAfter({ here: true, services: ['ambulance', 'fire'] }, { helpAwaited: true, services: ['ambulance'] })).toEqual({ here: true, services: ['fire'] })
  })

  it('undoes the arrival on a wait for the same service, for nobody in particular, or after an unnamed arrival', () => {
    expect(onSceneAfter(paramedics, { helpAwaited: true, services: ['ambulance'] })).toEqual(NOBODY_ON_SCENE)
    expect(onSceneAfter(paramedics, { helpAwaited: true })).toEqual(NOBODY_ON_SCENE)
    expect(onSceneAfter({ here: true, services: [] }, { helpAwaited: true, services: ['fire'] })).toEqual(NOBODY_ON_SCENE)
  })

  it('changes nothing on a turn about something else', () => {
    expect(onSceneAfter(paramedics, {})).toBe(paramedics)
    expect(onSceneAfter(NOBODY_ON_SCENE, { helpAwaited: true, services: ['fire'] })).toBe(NOBODY_ON_SCENE)
  })

  it('keeps those on scene when unnamed responders are lost', () => {
    expect(onSceneAfter(paramedics, { helpAwaited: true, helpLost: true })).toEqual(paramedics)
  })

  it('knows who can take over what', () => {
    expect(coversAll(paramedics, ['not_breathing', 'injury_bleeding'])).toBe(true)
    expect(coversAll(paramedics, ['not_breathing', 'gas_leak'])).toBe(false)
    expect(coversAll({ here: true, services: ['first aid'] }, ['not_breathing'])).toBe(false)
    expect(coversAll({ here: true, services: ['ambulance', 'gas'] }, ['not_breathing', 'gas_leak'])).toBe(true)
    expect(coversAll({ here: true, services: [] }, ['fire'])).toBe(true)
    expect(coversAll(NOBODY_ON_SCENE, [])).toBe(false)
  })
})

