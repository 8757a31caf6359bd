// Static resources generated in memory: a real PNG, a stylesheet, a 5 MB PDF streamed in chunks and a small DOC.
import { Readable } from 'node:stream';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A solid-colour RGB PNG. */
export function makePng(width: number, height: number, [r, g, b]: [number, number, number]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit depth, truecolour, default compression/filter/interlace
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => [r, g, b]).flat())]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(pixels)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

const PNG_IMAGES: Record<string, Buffer> = {
  '/images/logo.png': makePng(48, 48, [0xf2, 0xc9, 0x4c]),
  '/images/dzjg.png': makePng(110, 55, [0xd7, 0x00, 0x0f]),
  '/images/police.png': makePng(20, 20, [0x1e, 0x50, 0xa2]),
  '/images/photo.png': makePng(160, 100, [0x4a, 0x8f, 0x5c]),
  '/favicon.ico': makePng(16, 16, [0xc4, 0x1e, 0x22]),
};

export const PDF_SIZE = 5 * 1024 * 1024;

/** Head and tail of a minimal one-page PDF; the bytes between them are comment padding up to PDF_SIZE. */
function pdfFrame(): { head: Buffer; tail: Buffer } {
  const objects = [
    '1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n',
    '2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n',
    '3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>> endobj\n',
  ];
  const head = '%PDF-1.4\n' + objects.join('');
  const offsets = objects.map((_, i) => 9 + objects.slice(0, i).join('').length);
  const tailFor = (xrefAt: number) =>
    `xref\n0 4\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}` +
    `trailer <</Size 4 /Root 1 0 R>>\nstartxref\n${xrefAt}\n%%EOF\n`;
  const tailLength = tailFor(PDF_SIZE).length; // the offset has the same digit count as the size
  return { head: Buffer.from(head, 'latin1'), tail: Buffer.from(tailFor(PDF_SIZE - tailLength), 'latin1') };
}

/** The 5 MB report, generated chunk by chunk so it never sits in memory whole. */
export function pdfStream(): Readable {
  const { head, tail } = pdfFrame();
  const line = Buffer.from(`%${'0'.repeat(62)}\n`, 'latin1');
  const chunk = Buffer.concat(Array.from({ length: 1024 }, () => line)); // 64 KB of comment lines
  return Readable.from(
    (function* () {
      yield head;
      let left = PDF_SIZE - head.length - tail.length;
      while (left > 0) {
        const n = Math.min(left, chunk.length);
        // A short last piece still ends in a newline so the xref keyword starts a line.
        yield n === chunk.length ? chunk : Buffer.concat([chunk.subarray(0, n - 1), Buffer.from('\n')]);
        left -= n;
      }
      yield tail;
    })(),
  );
}

/** A Word 97 form: the OLE compound-file signature followed by empty sectors. */
export const DOC_FILE = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(4088)]);

export const STYLESHEET = `body{margin:0;font:14px/1.8 "Microsoft YaHei",SimSun,sans-serif;color:#333;background:#f5f5f5}
a{color:#333;text-decoration:none}a:hover{color:#c41e22}
.w{width:1100px;margin:0 auto}.clearfix::after{content:"";display:block;clear:both}
.header{background:#c41e22;color:#fff;padding:16px 0}.header .w{display:flex;justify-content:space-between;align-items:center}
.logo{display:flex;align-items:center;color:#fff}.logo img{margin-right:12px}.site-name{font-size:30px;font-weight:bold;color:#fff}
.nav-wrap{background:#a5161a}.nav{list-style:none;margin:0 auto;padding:0;display:flex}
.nav>li{position:relative}.nav>li>a{display:block;padding:0 26px;line-height:44px;color:#fff;font-size:16px}
.nav .sub{display:none;position:absolute;left:0;top:44px;background:#fff;list-style:none;padding:6px 0;margin:0;min-width:140px;box-shadow:0 2px 6px #0003;z-index:9}
.nav>li:hover .sub{display:block}.nav .sub a{display:block;padding:0 16px}
.container{background:#fff;padding:12px 20px;min-height:400px}.location{color:#666;padding:6px 0;border-bottom:1px solid #eee;margin-bottom:12px}
.side{float:left;width:260px}.main-col{float:right;width:800px}
.side-box h3,.box-hd h3,.col-title h2{margin:0;font-size:16px;border-bottom:2px solid #c41e22;line-height:36px}
.side-list,.side-nav,.service-list,.section-nav{list-style:none;padding:0}
.list{list-style:none;padding:0}.list li{display:flex;justify-content:space-between;border-bottom:1px dashed #ddd;line-height:36px}
.list li .date,.list li span{color:#999;margin-left:12px;white-space:nowrap}
.list-table{border-collapse:collapse}.list-table th,.list-table td{border:1px solid #e5e5e5;padding:6px 8px}
.row{margin-bottom:16px}.box-hd,.tab-hd{display:flex;justify-content:space-between;align-items:center}.tab-hd .more{margin-left:auto}.focus-news,.policy-box{float:left;width:640px}.notice-box,.home-hot{float:right;width:400px}.side-list li{display:flex;justify-content:space-between}.side-list .date{color:#999;margin-left:8px;white-space:nowrap}
.tab-hd span{display:inline-block;padding:0 16px;cursor:pointer}.tab-hd .on{background:#c41e22;color:#fff}
.dl-list dl{display:flex;justify-content:space-between;margin:0;border-bottom:1px dashed #ddd;line-height:34px}.dl-list dd{color:#999;white-space:nowrap;margin-left:12px}
.service-list{display:grid;grid-template-columns:repeat(4,1fr)}.service-pics img{height:48px;margin-right:10px}
.footer{background:#2d2d2d;color:#ccc;text-align:center;padding:20px 0;font-size:13px}.footer p{margin:4px 0}
.no-data,.building,.msg-box{text-align:center;color:#999;padding:60px 0}.article h1{text-align:center;font-size:24px}
.art-info{text-align:center;color:#888;border-bottom:1px solid #eee;padding-bottom:8px}.page{text-align:center;color:#666}
`;

/** Every small static file, by path. The PDF is streamed separately (see pdfStream). */
export const STATIC_FILES: Record<string, { body: string | Buffer; type: string }> = {
  ...Object.fromEntries(Object.entries(PNG_IMAGES).map(([path, body]) => [path, { body, type: 'image/png' }])),
  '/css/style.css': { body: STYLESHEET, type: 'text/css; charset=utf-8' },
  '/files/form.doc': { body: DOC_FILE, type: 'application/msword' },
};
