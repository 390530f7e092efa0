// A small zip writer and reader for the release archives. Written here rather than taken from a library
// because the stores' uploads need one thing a general zip tool does not promise: the same bytes for the
// same files. Every entry gets the same timestamp (1980-01-01 00:00, the first date a zip can hold), the
// same permissions (a regular file, rw-r--r--, or rwxr-xr-x for a script git marks executable), and entries are written in byte order of their names.
// Deflate is node's zlib at level 9, so one machine with one Node gives one result.
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

const DOS_TIME = 0; // 00:00:00
const DOS_DATE = (0 << 9) | (1 << 5) | 1; // 1980-01-01
const UTF8_NAMES = 0x0800;
const DEFLATE = 8;
const STORE = 0;
const MADE_BY_UNIX = (3 << 8) | 20;
const REGULAR_FILE = 0o100000;

/** Names as a zip holds them: forward slashes, no leading slash, no "..", no directories. */
function checkName(name) {
  if (!name || name.startsWith('/') || name.endsWith('/') || name.includes('\\') || name.split('/').includes('..')) {
    throw new Error(`not a file name a zip should hold: ${JSON.stringify(name)}`);
  }
}

const byName = (a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * One zip from `files` ({ name, data: Buffer, executable?: boolean }[]), the same bytes every time for
 * the same files, whatever order they come in. Files are rw-r--r--, or rwxr-xr-x when executable.
 */
export function writeZip(files) {
  const sorted = [...files].sort(byName);
  const names = new Set();
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data, executable = false } of sorted) {
    checkName(name);
    if (names.has(name)) throw new Error(`${name} twice in one zip`);
    names.add(name);
    const nameBytes = Buffer.from(name, 'utf8');
    const deflated = deflateRawSync(data, { level: 9 });
    // Already-compressed files (the icons) can come out bigger: those are stored as they are.
    const method = deflated.length < data.length ? DEFLATE : STORE;
    const body = method === DEFLATE ? deflated : data;
    const crc = crc32(data) >>> 0;

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, nameBytes, body);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(MADE_BY_UNIX, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(UTF8_NAMES, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    // extra field, comment, disk number, internal attributes: all zero
    central.writeUInt32LE(((REGULAR_FILE | (executable ? 0o755 : 0o644)) << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);

    offset += local.length + nameBytes.length + body.length;
  }
  if (offset > 0xffffffff || sorted.length > 0xffff) throw new Error('too big for a zip without zip64');
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(sorted.length, 8);
  end.writeUInt16LE(sorted.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * The files in a zip ({ name, data, mode }[] in the zip's order), read through its central directory.
 * Enough for the zips above and any plain zip without zip64 or encryption; anything else throws.
 */
export function readZip(zip) {
  const endAt = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endAt < 0) throw new Error('not a zip: no end of central directory');
  const count = zip.readUInt16LE(endAt + 10);
  let at = zip.readUInt32LE(endAt + 16);
  const files = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`broken central directory at ${at}`);
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const external = zip.readUInt32LE(at + 38);
    const localAt = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    if (flags & 1) throw new Error(`${name} is encrypted`);
    const dataAt = localAt + 30 + zip.readUInt16LE(localAt + 26) + zip.readUInt16LE(localAt + 28);
    const body = zip.subarray(dataAt, dataAt + size);
    let data;
    if (method === STORE) data = Buffer.from(body);
    else if (method === DEFLATE) data = inflateRawSync(body);
    else throw new Error(`${name}: compression method ${method} not supported`);
    if ((crc32(data) >>> 0) !== crc) throw new Error(`${name}: CRC mismatch`);
    files.push({ name, data, mode: external >>> 16, time: zip.readUInt16LE(at + 12), date: zip.readUInt16LE(at + 14) });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}
