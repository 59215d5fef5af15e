import { readFile } from 'node:fs/promises';
import { CliError } from './cli-io';

/** A JSON file's content, or a one-line zh-TW error naming the file. */
export async function readJsonFile(file: string): Promise<unknown> {
  const text = await readFile(file, 'utf8').catch(() => {
    throw new CliError(`無法讀取檔案 ${file} (cannot read ${file})`);
  });
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new CliError(`${file} 不是有效的 JSON 檔案 (not valid JSON)`);
  }
}
