// `npm run soak -- [scenario files] [options]`: see USAGE in cli-args.ts and sim/soak/README.md.
// The process entry of the soak: reads argv, prints progress and the summary, writes the reports
// and sets the exit code.

import { mkdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { reportEnvironment } from '../calls/report-json.js'
import { loadScenarios, ScenarioFileError } from '../calls/scenario-loader.js'
import { parseOrExitCode } from '../calls/cli-args.js'
import { parseSoakArgs, USAGE } from './cli-args.js'
import { renderSoakHtml } from './report-html.js'
import { runSoak } from './soak-run.js'
import { formatSoakSummary } from './summary-text.js'

async function main(): Promise<number> {
  const options = parseOrExitCode(() => parseSoakArgs(process.argv.slice(2)), USAGE)
  if (typeof options === 'number') return options
  let scenarios
  try {
    scenarios = await loadScenarios(options.files)
  } catch (err) {
    if (err instanceof ScenarioFileError) {
      process.stderr.write(`Invalid scenario file:\n${err.message}\n`)
      return 2
    }
    throw err
  }
  const reportDir = resolve(options.reportDir)
  await mkdir(reportDir, { recursive: true })
  const settings =
    `${options.minutes} min, ${options.concurrency} calls in flight from ${scenarios.length} scenario(s), ${options.streams} admin streams, ` +
    `${options.outageEveryMin > 0 ? `${options.outageForS} s Firebase outage every ${options.outageEveryMin} min` : 'no outages'}, pace ${options.pace}, seed "${options.seed}"`

  // Ctrl-C once: end the load now and still check everything; twice: give up.
  const stopLoad = new AbortController()
  const onSigint = (): void => {
    if (stopLoad.signal.aborted) process.exit(130)
    process.stderr.write('\nEnding the load early (Ctrl-C again to abort without checks)...\n')
    stopLoad.abort()
  }
  process.on('SIGINT', onSigint)
  process.stderr.write(`Soak: ${settings}; reports in ${reportDir}\n`)
  const result = await runSoak({
    scenarios,
    loadMs: options.minutes * 60_000,
    concurrency: options.concurrency,
    streams: options.streams,
    outageEveryMs: options.outageEveryMin * 60_000,
    outageForMs: options.outageForS * 1000,
    seed: options.seed,
    pace: options.pace,
    warmUpMs: options.warmUpMin * 60_000,
    sampleEveryMs: options.sampleEveryS * 1000,
    archiveGraceMs: options.archiveGraceS * 1000,
    streamDropMeanMs: options.streamDropS * 1000,
    drainTimeoutMs: options.drainTimeoutS * 1000,
    thresholds: options.thresholds,
    reportDir,
    heapSnapshots: options.heapSnapshots,
    ...(options.nodeOptions !== undefined ? { nodeOptions: options.nodeOptions } : {}),
    ...(options.nodeFlags !== undefined ? { nodeFlags: options.nodeFlags } : {}),
    stopLoad: stopLoad.signal,
    log: (line) => process.stderr.write(`${line}\n`),
  })
  process.off('SIGINT', onSigint)

  const environment = reportEnvironment(['npm run soak --', ...process.argv.slice(2)].join(' '))
  const { samples, failures, ...rest } = result
  await writeFile(
    join(reportDir, 'report.json'),
    JSON.stringify({ version: 1, settings, environment, ...rest, failures, samples }, null, 2) + '\n',
  )
  await writeFile(join(reportDir, 'report.html'), renderSoakHtml(result, environment, settings, options.warmUpMin * 60_000))
  process.stdout.write(`${formatSoakSummary(result, settings)}\n\nReports: ${join(reportDir, 'report.html')} and report.json (Aurora log: aurora.log)\n`)
  return result.ok ? 0 : 1
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (err: unknown) => {
    process.stderr.write(`The soak failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`)
    process.exitCode = 3
  },
)
