import AxeBuilder from '@axe-core/playwright';
import { expect, openLesson, test } from './fixtures';
import { idxFiles } from './idx-files';

/** A small valid IDX pair: `count` 28×28 images of one grey level, and labels 0…9 repeating. */
test('loads MNIST with visible progress and shows the shapes the notes print', async ({ page }) => {
  // Hold the largest file back a moment so the progress bar can be seen mid-download.
  await page.route('**/train-images.idx3.gz', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 800));
    await route.continue();
  });
  await openLesson(page, 'minibatch', 'en');
  const progress = page.getByRole('progressbar', { name: 'MNIST download progress' });
  await expect(progress).toBeVisible();
  // Percent and bytes once every file's size is known, bytes alone before that.
  await expect(page.getByText(/^Loading the MNIST data… (\d+% \()?[\d.]+ [KM]B/)).toBeVisible();
  await expect(page.getByText('MNIST: 60,000 training and 10,000 test images')).toBeVisible();
  await expect(progress).toHaveCount(0);
  await expect(page.getByTestId('shape-x_train')).toHaveText('(60000, 28, 28)');
  await expect(page.getByTestId('shape-y_train')).toHaveText('(60000,)');
  await expect(page.getByTestId('shape-x_test')).toHaveText('(10000, 28, 28)');
  await expect(page.getByRole('img', { name: 'Training image 0, label 5' })).toBeVisible();
  await page.getByLabel('Show digit').selectOption('7');
  await expect(page.getByRole('img', { name: 'Training image 15, label 7' })).toBeVisible();
});

test('decompresses in the page when a server sends the gzip bytes as they are', async ({ page }) => {
  // vite preview sends .gz with Content-Encoding (the browser unpacks it); a plain static host does not.
  await page.route('**/data/mnist/*.gz', (route) => route.fulfill({ path: `public/data/mnist/${new URL(route.request().url()).pathname.split('/').pop()}` }));
  await openLesson(page, 'minibatch', 'en');
  await expect(page.getByText('MNIST: 60,000 training and 10,000 test images')).toBeVisible();
  await expect(page.getByRole('img', { name: 'Training image 1, label 0' })).toBeVisible();
});

test('the same seed draws the same indices, every time; bad input keeps the last batch', async ({ page }) => {
  await openLesson(page, 'minibatch', 'en');
  await page.getByLabel('Seed').fill('42');
  await page.getByRole('button', { name: 'Sample', exact: true }).click();
  const indices = page.getByTestId('batch-indices');
  const first = await indices.textContent();
  expect(first?.split(',')).toHaveLength(10);
  await page.getByRole('button', { name: 'Sample', exact: true }).click();
  await expect(page.getByText('Drawn 2 times with seed 42: the same batch every time.')).toBeVisible();
  await expect(indices).toHaveText(first ?? '');

  await page.getByRole('button', { name: 'Sample with the next seed' }).click();
  await expect(indices).not.toHaveText(first ?? '');
  await page.getByLabel('Seed').fill('42');
  await expect(indices).toHaveText(first ?? '');

  await page.getByLabel('Batch size N (1–1000)').fill('0');
  await expect(page.getByText('Must be at least 1.')).toBeVisible();
  await page.getByLabel('Seed').fill('abc');
  await expect(page.getByText('Enter a number.')).toBeVisible();
  await expect(indices).toHaveText(first ?? '');

  await page.reload();
  await expect(page.getByTestId('batch-indices')).toHaveText(first ?? '');
});

test('the page opens on the batch of seed 0, and In [31] speaks of the batch it shows', async ({ page }) => {
  await openLesson(page, 'minibatch', 'en');
  const indices = page.getByTestId('batch-indices');
  await expect(indices).toHaveText(/^\[(\d+, ){9}\d+\]$/);
  const first = await indices.textContent();
  await expect(page.getByText('The batch drawn with seed 0.')).toBeVisible();
  await expect(page.getByTestId('cee-onehot')).toHaveText('2.3025840930');
  await expect(page.getByText('The two agree')).toBeVisible();
  const cell = page.getByTestId('notes-cell-31');
  await expect(cell.getByTestId('notes-badge-31')).toHaveText('In [31] ✓ matches the notes');
  await expect(cell.getByTestId('notes-cell-ours')).toHaveText('x_batch.shape = (10, 28, 28) y_batch.shape = (10,)');
  await expect(page.getByText(/as the notes draw it/)).toHaveCount(0);

  await page.getByLabel('Batch size N (1–1000)').fill('30');
  await expect(page.getByText('These are the shapes of a batch of N = 10, as the notes draw it, with the same seed. The batch above has N = 30.')).toBeVisible();
  await page.getByLabel('Batch size N (1–1000)').fill('10');
  await expect(indices).toHaveText(first ?? '');
  // An old link that still says drawn=1 opens the same batch.
  await openLesson(page, 'minibatch', 'en', 'drawn=1');
  await expect(page.getByTestId('batch-indices')).toHaveText(first ?? '');
});

test('batch CEE agrees for one-hot and label targets, and the notes mix-up shows', async ({ page }) => {
  await openLesson(page, 'minibatch', 'en', 'drawn=1&seed=5');
  await expect(page.getByTestId('cee-onehot')).toHaveText('2.3025840930');
  await expect(page.getByTestId('cee-labels')).toHaveText('2.3025840930');
  await page.getByRole('combobox', { name: /^Predictor/ }).selectOption({ label: 'Confident and right: c on the true class' });
  await expect(page.getByTestId('cee-onehot')).toHaveText('0.1053604045');
  await expect(page.getByTestId('cee-labels')).toHaveText('0.1053604045');
  await expect(page.getByText('The two agree')).toBeVisible();
  await expect(page.getByTestId('notes-right')).toHaveText('1.8450951247');
  await expect(page.getByTestId('notes-wrong')).toHaveText(/^2\.42668631/);
  await expect(page.getByTestId('mix-onehot-into-labels')).toContainText('without any error');
  await page.getByLabel('Batch size N (1–1000)').fill('11');
  await expect(page.getByTestId('mix-onehot-into-labels')).toContainText('IndexError: shape mismatch');
  await expect(page.getByTestId('mix-labels-into-onehot')).toContainText('(11,) (11,10)');
});

test.describe('with no service worker', () => {
  // Keeping MNIST for offline use fetches it once more through the service worker; this test counts the lesson's own downloads.
  test.use({ serviceWorkers: 'block' });

test('a broken file gets a clear message and the old data stays usable; good files replace it', async ({ page }) => {
  const downloads: string[] = [];
  page.on('request', (r) => { if (r.url().includes('/data/mnist/')) downloads.push(r.url()); });
  await openLesson(page, 'minibatch', 'ko');
  await expect(page.getByText('MNIST: 훈련 60,000장, 시험 10,000장')).toBeVisible();

  const [trainImages, trainLabels] = idxFiles('train', 12, 128);
  const [testImages, testLabels] = idxFiles('t10k', 6, 128);
  const picker = page.locator('input[type="file"]');
  await picker.setInputFiles([trainImages, trainLabels, testImages, { ...testLabels, buffer: testLabels.buffer.subarray(0, 10) }]);
  const alert = page.getByRole('alert').filter({ hasText: 't10k-labels-idx1-ubyte' });
  await expect(alert).toContainText('파일이 잘렸습니다');
  await expect(page.getByText('MNIST: 훈련 60,000장, 시험 10,000장')).toBeVisible();
  await page.getByRole('button', { name: '다음 24장' }).click();
  await expect(page.getByRole('img', { name: '훈련 이미지 24번, 레이블 1' })).toBeVisible();

  await picker.setInputFiles([trainImages, trainLabels, testImages, testLabels]);
  await expect(page.getByText('train-images-idx3-ubyte: 훈련 12장, 시험 6장')).toBeVisible();
  await expect(page.getByTestId('shape-x_train')).toHaveText('(12, 28, 28)');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByRole('button', { name: '기본 MNIST로 돌아가기' }).click();
  await expect(page.getByText('MNIST: 훈련 60,000장, 시험 10,000장')).toBeVisible();
  expect(downloads).toHaveLength(4);
});
});

test('the page has no detectable accessibility violations with a batch drawn', async ({ page }) => {
  await openLesson(page, 'minibatch', 'ko', 'drawn=1&seed=9&pred=right');
  await expect(page.getByTestId('cee-labels')).toBeVisible();
  const results = await new AxeBuilder({ page }).include('main').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
});

test('a failed download says why and can be retried', async ({ page, allowConsoleErrors }) => {
  allowConsoleErrors(); // the browser itself logs the 404
  let broken = true;
  await page.route('**/test-labels.idx1.gz', (route) => (broken ? route.fulfill({ status: 404, body: 'gone' }) : route.continue()));
  await openLesson(page, 'minibatch', 'en');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('test-labels.idx1.gz: The server answered HTTP 404.');
  broken = false;
  await alert.getByRole('button', { name: 'Load again' }).click();
  await expect(page.getByText('MNIST: 60,000 training and 10,000 test images')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('junk in a shared link falls back to defaults and says so', async ({ page }) => {
  await openLesson(page, 'minibatch', 'en', 'n=5000&seed=abc&drawn=1&pred=magic');
  await expect(page.getByText(/Some settings in the link were invalid.*\bn\b.*\bseed\b.*\bpred\b/)).toBeVisible();
  await expect(page.getByLabel('Batch size N (1–1000)')).toHaveValue('10');
  await expect(page.getByTestId('batch-indices')).toBeVisible();
  await expect(page.getByTestId('cee-labels')).toHaveText('2.3025840930');
});

test('on a phone the class counts fit the screen: one row per digit, nothing to scroll sideways', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await openLesson(page, 'minibatch', 'en');
  const table = page.getByRole('table', { name: 'How often each class appears' });
  await expect(table.getByRole('row')).toHaveCount(11);
  await expect(table.getByRole('row', { name: /^9 / })).toBeVisible();
  const counts = await Promise.all(Array.from({ length: 10 }, (_, d) => page.getByTestId(`count-${d}`).textContent()));
  expect(counts.reduce((sum, c) => sum + Number(c), 0)).toBe(10);
  const box = await table.boundingBox();
  expect((box?.x ?? 0) + (box?.width ?? Infinity)).toBeLessThanOrEqual(375);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});
