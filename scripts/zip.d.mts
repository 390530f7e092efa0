export type ZipInput = { name: string; data: Buffer; executable?: boolean };
export type ZipEntry = { name: string; data: Buffer; mode: number; time: number; date: number };
export function writeZip(files: ZipInput[]): Buffer;
export function readZip(zip: Buffer): ZipEntry[];
