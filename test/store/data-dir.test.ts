import { chmodSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openStore } from '../../src/store/index.js'
import { tempDir } from './store-fixtures.js'

// AURORA_DATA_DIR set wrong must stop start-up with a coded error naming the setting, the path
// and the problem, not an errno stack trace from deep inside openStore().

describe('a data dir that cannot be used', () => {
  it('refuses a regular file, and leaves it as it was', async () => {
    const file = join(tempDir(), 'not-a-dir')
    writeFileSync(file, 'someone else\'s file')
    await expect(openStore({ dir: file })).rejects.toMatchObject({
      code: 'AURORA_ERR_STORE_DATA_DIR_UNUSABLE',
      message: expect.stringContaining(`Data dir ${file} (AURORA_DATA_DIR) cannot be used: ${file} exists but is not a directory (EEXIST)`),
    })
    expect(readFileSync(file, 'utf8')).toBe('someone else\'s file')
  })

  it('refuses a path below a regular file', async () => {
    const file = join(tempDir(), 'not-a-dir')
    writeFileSync(file, '')
    const dir = join(file, 'data')
    await expect(openStore({ dir })).rejects.toMatchObject({
      code: 'AURORA_ERR_STORE_DATA_DIR_UNUSABLE',
      message: expect.stringContaining(`Data dir ${dir} (AURORA_DATA_DIR) cannot be used: a parent of ${dir} is not a directory (ENOTDIR)`),
    })
  })

  // Root ignores permission bits, so a read-only dir cannot be made unwritable for it: when the
  // tests run as root only the cases above (which do not depend on permissions) can run.
  it.skipIf(process.getuid?.() === 0)('refuses a directory this user may not write, empty or holding a store', async () => {
    const empty = tempDir()
    chmodSync(empty, 0o555)
    const used = tempDir()
    const store = await openStore({ dir: used })
    await store.commit([{ path: 'a', value: 1 }])
    await store.close()
    chmodSync(used, 0o555)
    try {
      for (const dir of [empty, used]) {
        await expect(openStore({ dir })).rejects.toMatchObject({
          code: 'AURORA_ERR_STORE_DATA_DIR_UNUSABLE',
          message: expect.stringMatching(
            new RegExp(`^Data dir ${dir} \\(AURORA_DATA_DIR\\) cannot be used: permission denied to \\w+ ${dir}/\\S+ for this process \\(uid ${process.getuid?.()}\\) \\(EACCES\\)`),
          ),
        })
      }
      expect(readdirSync(empty)).toEqual([])
    } finally {
      chmodSync(empty, 0o755)
      chmodSync(used, 0o755)
    }
  })
})
