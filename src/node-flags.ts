// The V8 flags Aurora's process runs with. `npm start` puts them on node's command line, and so
// does sim/calls/aurora-process.ts (simulator, soak, crash tests, bench); server.ts warns when
// they are missing (a launcher of one's own: systemd, a container).
//
// --compact-on-every-full-gc: under steady call load the callers' long-lived data (live calls,
// the journal's record cache, the admin streams' replay rings) is promoted to V8's old space
// and dies there a minute or two later, scattered over many pages. V8 normally compacts only
// pages that are almost empty, so the free holes between live objects kept growing (0.2 -> 18
// MB in 6 minutes of `npm run soak`) and RSS with them, for 10 to 20 minutes. Compacting at
// every full GC keeps the holes under 1 MB and the soak's RSS flat. Measured cost: full-GC
// pauses of 86 ms on average instead of 16 (about two a minute at soak load); no measurable
// change in saturation throughput (`npm run bench -- --quick`, side by side); admin fan-out to
// 1,000 SSE streams 10-25% slower (bench/sse-fanout.bench.ts, side by side).
// Not in NODE_OPTIONS: node accepts only a few V8 flags there.
export const AURORA_NODE_FLAGS: readonly string[] = ['--compact-on-every-full-gc']

/** The flags of AURORA_NODE_FLAGS that this process was started without. */
export function missingNodeFlags(execArgv: readonly string[]): string[] {
  return AURORA_NODE_FLAGS.filter((flag) => !execArgv.includes(flag))
}
