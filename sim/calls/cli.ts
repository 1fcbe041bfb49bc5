// `npm run sim -- [files or globs] [options]`: see USAGE in cli-args.ts and sim/scenarios/README.md.
// The process entry of the simulator: reads argv and the environment, prints progress and the
// summary, writes the reports and sets the exit code.

import { mkdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { parseCliArgs, parseOrExitCode, USAGE } from './cli-args.js'
import { createProgressReporter } from './progress.js'
import { buildJsonReport, reportEnvironment } from './report-json.js'
import { renderHtmlReport } from './report-html.js'
import { runSimulation, type EnvironmentChoice } from './runner.js'
import { loadFaultProfile, loadScenarios, ScenarioFileError } from './scenario-loader.js'
import { formatSummary } from './summary-table.js'

async function main(): Promise<number> {
  const options = parseOrExitCode(() => parseCliArgs(process.argv.slice(2), process.env), USAGE)
  if (typeof options === 'number') return options

  let scenarios
  let profiles
  try {
    scenarios = await loadScenarios(options.files)
    profiles = await Promise.all(options.faultProfiles.map((file) => loadFaultProfile(file)))
  } catch (err) {
    if (err instanceof ScenarioFileError) {
      process.stderr.write(`Invalid scenario or fault file:\n${err.message}\n`)
      return 2
    }
    throw err
  }

  const reportDir = resolve(options.reportDir)
  await mkdir(reportDir, { recursive: true })
  const environment: EnvironmentChoice = options.target
    ? {
        kind: 'target',
        target: options.target.url,
        ...(options.target.publicUrl !== undefined ? { publicUrl: options.target.publicUrl } : {}),
        authToken: options.target.authToken,
        adminToken: options.target.adminToken,
        firebase: options.target.firebase,
      }
    : {
        kind: 'owned',
        mode: options.aurora,
        ...(options.aurora === 'child' ? { logFile: join(reportDir, 'aurora.log') } : {}),
        ...(options.mirrorDeadlineMs !== undefined ? { mirrorDeadlineMs: options.mirrorDeadlineMs } : {}),
      }
  const faults = [...scenarios.flatMap((s) => s.faults), ...profiles.flatMap((p) => p.faults)]
  process.stderr.write(
    `Playing ${options.calls ?? scenarios.length} scenario play(s) from ${scenarios.length} file(s)` +
      `${profiles.length > 0 ? ` with fault profile(s) ${profiles.map((p) => p.name).join(', ')}` : ''}, seed "${options.seed}", pace ${options.pace}...\n`,
  )
  const result = await runSimulation({
    scenarios,
    faults,
    seed: options.seed,
    ...(options.calls !== undefined ? { calls: options.calls } : {}),
    concurrency: options.concurrency,
    pace: options.pace,
    rampMs: options.rampMs,
    environment,
    drainTimeoutMs: options.drainTimeoutMs,
    watchAdmin: options.watchAdmin,
    ...(options.progress ? { onProgress: createProgressReporter(process.stderr) } : {}),
  })

  const command = ['npm run sim --', ...process.argv.slice(2)].join(' ')
  const env = reportEnvironment(command)
  await writeFile(join(reportDir, 'report.json'), JSON.stringify(buildJsonReport(result, env), null, 2) + '\n')
  await writeFile(join(reportDir, 'report.html'), renderHtmlReport(result, env))
  process.stdout.write(`${formatSummary(result)}\n\nReports: ${join(reportDir, 'report.html')} and report.json${environment.kind === 'owned' && environment.mode === 'child' ? ' (Aurora log: aurora.log)' : ''}\n`)
  return result.ok ? 0 : 1
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (err: unknown) => {
    process.stderr.write(`The simulator failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`)
    process.exitCode = 3
  },
)
