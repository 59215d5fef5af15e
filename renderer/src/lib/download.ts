/** Saves bytes as a file the browser way: a Blob, an object URL and an <a download>. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download a moment to start before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function savePdf(base64: string, fileName: string): void {
  saveBlob(new Blob([base64ToBytes(base64)], { type: 'application/pdf' }), fileName);
}

/** CSV with a byte-order mark so Excel reads the Chinese as UTF-8. */
export function saveCsv(csv: string, fileName: string): void {
  const text = csv.startsWith('\uFEFF') ? csv : `\uFEFF${csv}`;
  saveBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), fileName);
}
