/* Child process of largeCohort.bench.ts: runs the command line once, then reports its peak memory. */
import { run } from "../src/templates/cli";

run(process.argv.slice(2)).then((code) => {
  process.stderr.write(`${JSON.stringify({ code, maxRssKilobytes: process.resourceUsage().maxRSS })}\n`);
  process.exit(code);
});
