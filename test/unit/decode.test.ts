import * as assert from 'node:assert/strict';
import * as iconv from 'iconv-lite';
import { decodeReport } from '../../server/src/cli/decode';

const TEXT = '一、总体情况\n调解成功2204件,成功率达95.3%。\n';

describe('decodeReport', () => {
  it('reads UTF-8, with and without BOM', () => {
    assert.deepEqual(decodeReport(Buffer.from(TEXT, 'utf8')), { ok: true, text: TEXT, encoding: 'utf-8' });
    assert.deepEqual(decodeReport(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)])), { ok: true, text: TEXT, encoding: 'utf-8-bom' });
  });
  it('detects GBK and GB18030', () => {
    assert.deepEqual(decodeReport(iconv.encode(TEXT, 'gbk')), { ok: true, text: TEXT, encoding: 'gb18030' });
    assert.deepEqual(decodeReport(iconv.encode(TEXT, 'gb18030')), { ok: true, text: TEXT, encoding: 'gb18030' });
  });
  it('reads UTF-16 with a BOM', () => {
    assert.deepEqual(decodeReport(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')])), { ok: true, text: TEXT, encoding: 'utf-16le' });
  });
  it('reads UTF-16 without a BOM, little- and big-endian', () => {
    const report = '一、总体情况\n(一)加强领导。一是健全机制,调解成功2204件,成功率达95.3%。\n'.repeat(20);
    const le = Buffer.from(report, 'utf16le');
    assert.deepEqual(decodeReport(le), { ok: true, text: report, encoding: 'utf-16le' });
    const be = Buffer.from(le).swap16();
    assert.deepEqual(decodeReport(be), { ok: true, text: report, encoding: 'utf-16be' });
    // Binary data with NULs on both sides is still binary.
    const noise = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 5 === 0 ? 0 : (i * 31) % 251));
    assert.equal(decodeReport(noise).ok, false);
  });

  it('refuses binary data with a clear reason', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    const r = decodeReport(png);
    assert.equal(r.ok, false);
    assert.equal(!r.ok && r.reason, 'binary');
    assert.match(!r.ok ? r.message.zh : '', /二进制/);
  });
  it('refuses bytes that are neither UTF-8 nor GB18030', () => {
    const r = decodeReport(Buffer.from([0x81, 0x20, 0xff, 0xfe, 0x41]));
    assert.equal(r.ok, false);
  });
  it('reads an empty file as empty text', () => {
    assert.deepEqual(decodeReport(Buffer.alloc(0)), { ok: true, text: '', encoding: 'utf-8' });
  });
});
