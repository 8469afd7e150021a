// Child process of the serving benchmark: generates and builds one dataset (see preparedDataset), reports it over IPC.
import { preparedDataset } from './dataset.js';

const [cacheDir, pages, seed] = process.argv.slice(2);
preparedDataset(cacheDir, Number(pages), Number(seed)).then(
  (dataset) => process.send!(dataset, () => process.exit(0)),
  (error: Error) => {
    process.stderr.write(`build child: ${error.message}\n`);
    process.exit(1);
  },
);
