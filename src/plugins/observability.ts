import fp from 'fastify-plugin'
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client'
import { URGENCIES } from '../triage/urgency.js'

export interface ObservabilityOptions {
  instanceId: string
}

/**
 * GET /health (JSON: store, mirror, calls) and GET /metrics (Prometheus text). Neither exposes
 * call contents or phone numbers, so they stay unauthenticated for load balancers and scrapers.
 * Health is 200 while Aurora can take calls, even with Firebase down ("degraded"); 503 only when
 * the journal cannot make writes durable.
 */
export default fp<ObservabilityOptions>(
  async (app, { instanceId }) => {
    const startedAt = Date.now()
    const register = new Registry()
    register.setDefaultLabels({ instance: instanceId })
    collectDefaultMetrics({ register, prefix: 'aurora_process_' })

    const webhookSeconds = new Histogram({
      name: 'aurora_http_request_duration_seconds',
      help: 'Time to answer HTTP requests, by route',
      labelNames: ['route', 'status'],
      buckets: [0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1, 5],
      registers: [register],
    })
    const lagSeconds = new Histogram({
      name: 'aurora_mirror_lag_seconds',
      help: 'Local commit to Firebase acknowledgement, per journal record',
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
      registers: [register],
    })
    const mirrorBatches = new Counter({ name: 'aurora_mirror_batches_total', help: 'Batches sent to Firebase', registers: [register] })
    const mirrorFailures = new Counter({ name: 'aurora_mirror_failures_total', help: 'Batches Firebase rejected', registers: [register] })
    let reportedBatches = 0
    let reportedFailures = 0
    new Gauge({
      name: 'aurora_mirror_pending_records',
      help: 'Durable journal records not yet acknowledged by Firebase',
      registers: [register],
      collect() {
        const state = app.mirror?.state()
        this.set(state?.pending ?? 0)
        if (state) {
          mirrorBatches.inc(state.batches - reportedBatches)
          mirrorFailures.inc(state.failures - reportedFailures)
          reportedBatches = state.batches
          reportedFailures = state.failures
        }
      },
    })
    new Gauge({
      name: 'aurora_mirror_connected',
      help: '1 when the Firebase connection is up',
      registers: [register],
      collect() {
        this.set(app.mirror?.state().connected ? 1 : 0)
      },
    })
    new Gauge({
      name: 'aurora_store_last_durable_seq',
      help: 'Last journal record made durable',
      registers: [register],
      collect() {
        this.set(app.store.lastDurableSeq)
      },
    })
    new Gauge({
      name: 'aurora_calls_active',
      help: 'Calls held by this instance, by status and urgency',
      labelNames: ['status', 'urgency'],
      registers: [register],
      collect() {
        this.reset()
        for (const status of ['ACTIVE', 'TAKEN_OVER', 'ENDED']) for (const urgency of URGENCIES) this.set({ status, urgency }, 0)
        for (const call of app.calls.listActive()) this.inc({ status: call.status, urgency: call.urgency })
      },
    })

    app.addHook('onReady', async () => {
      app.mirror?.onLag((ms) => lagSeconds.observe(ms / 1000))
    })
    app.addHook('onResponse', async (request, reply) => {
      const route = request.routeOptions.url
      if (route) webhookSeconds.observe({ route, status: String(reply.statusCode) }, reply.elapsedTime / 1000)
    })

    app.get('/health', async (_request, reply) => {
      const store = app.store.stats()
      const mirror = app.mirror?.state() ?? null
      const failed = Boolean((store as { failed?: unknown }).failed)
      const status = failed ? 'failing' : mirror && (mirror.outage || !mirror.connected) ? 'degraded' : 'ok'
      return reply.code(failed ? 503 : 200).send({
        status,
        instance_id: instanceId,
        uptime_s: Math.round((Date.now() - startedAt) / 1000),
        // A count, not a list: /health is polled, and reading every call costs a copy of all of them.
        calls: { active: app.calls.activeCount() },
        store,
        mirror,
      })
    })

    app.get('/metrics', async (_request, reply) => {
      return reply.type(register.contentType).send(await register.metrics())
    })
  },
  { name: 'observability', dependencies: ['store', 'mirror', 'calls'] },
)
