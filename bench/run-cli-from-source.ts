// The startup bench's baseline: the CLI run from its TypeScript through tsx (`node --import tsx`), as the bin did
// before it ran the compiled dist/.
import { main } from '../src/cli/main.js';

await main(process.argv);
