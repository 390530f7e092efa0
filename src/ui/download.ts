// Hand a file to the browser's download shelf. The name carries the date so exports do not overwrite.
export function download(text: string, name: string, type: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const stamped = (base: string, ext: string, now: Date) => `${base}-${now.toISOString().slice(0, 10)}.${ext}`;
