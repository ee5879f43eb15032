import * as path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
/** Screenshots of every step land here, one folder per scenario (git-ignored). */
export const RESULTS_DIR = path.join(REPO_ROOT, 'test-results', 'e2e');
/** README screenshots (committed). */
export const README_SCREENSHOTS_DIR = path.join(REPO_ROOT, 'media', 'screenshots');
