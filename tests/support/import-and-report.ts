// Imports the paths given on the command line into a library, in a process of its own, and prints
// the report with the process's peak memory as JSON: the hostile-input test reads it.
import { Library } from '../../src-main/core/library/library.js';

const [libraryPath, ...paths] = process.argv.slice(2);
const library = Library.open(libraryPath!);
const report = await library.importPaths(paths);
library.close();
process.stdout.write(JSON.stringify({ report, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
