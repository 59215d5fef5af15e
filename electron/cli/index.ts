import { processIo } from './cli-io';
import { runCli } from './program';

process.exitCode = await runCli(process.argv, processIo, process.env);
