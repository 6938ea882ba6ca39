#!/usr/bin/env python3
"""mkseeds.py - the dictionaries and the made seeds of the fuzz harnesses.

Run from the top of the repository (python3 tests/fuzz/mkseeds.py); writes
  tests/fuzz/fuzz_extract.dict  words of the reports (string literals of
                                lib/extract and lib/schema.c), HTML, BOMs,
                                separators, numbers at the limits
  tests/fuzz/fuzz_records.dict  the record columns, schema keys, bytes that
  tests/fuzz/fuzz_wide.dict     are not UTF-8, numbers at 2^63 (wide: and the
                                official labels)
  tests/fuzz/corpus/fuzz_extract/seed-stored-*.docx
                                reports as DOCX with word/document.xml stored,
                                not deflated, so that mutations reach the XML
The other seeds are the fixtures themselves (tests/fuzz/README.md)."""
import csv, glob, re, zipfile

def esc(b):
    out = ''
    for c in b:
        out += chr(c) if 32 <= c < 127 and c not in (34, 92) else '\\x%02X' % c
    return '"' + out + '"'

def literals(files):
    s = set()
    for f in files:
        for m in re.finditer(r'"((?:[^"\\\n]|\\.)*)"', open(f, encoding='utf-8').read()):
            v = m.group(1)
            if '%' in v or '\\' in v:
                continue
            if re.search(r'[^\x00-\x7f]', v) and len(v) <= 12:
                s.add(v)
    return s

ext = literals(glob.glob('lib/extract/*.c') + ['lib/schema.c'])
html = ['<table', '</table>', '<tr>', '</tr>', '<td', '</td>', '<th', 'rowspan="2"', 'colspan="3"',
        '<br>', '<p>', '</p>', '<meta charset="gbk">', '<script type="text/javascript">',
        'var content = "', '\\"', '\\\'', '<\\/td>', '<\\/table>', '\\u5e74', '\\ud83d\\ude00',
        '\\x41', '\\n', '" + v + "', '${v}', '`', '// ', '/* ', ' */',
        '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', '&nbsp;', '&amp;',
        '&#12288;', '&#x3000;', '<script>', '</script>', '<style>', '<!--', '-->', '<div>', '<span>',
        '<w:tbl>', '</w:tbl>', '<w:tr>', '</w:tr>', '<w:tc>', '</w:tc>', '<w:p>', '</w:p>', '<w:t>',
        '</w:t>', '<w:gridSpan w:val="2"/>', '<w:vMerge w:val="restart"/>', '<w:vMerge/>', '<w:tab/>',
        '<w:br/>', '<w:del>', '<w:ins>', '<w:rPrChange>', '<!DOCTYPE']
raw = [b'\xef\xbb\xbf', b'\xff\xfe', b'\xfe\xff', b'\r\n', b'\t', b' | ', b'|', b'\xe2\x94\x82', b'\x00',
       b'9223372036854775807', b'9223372036854775808', b'18446744073709551616',
       b'-9223372036854775808', b'1,234', b'12.35', b'\xef\xbc\x91\xef\xbc\x92', b'PK\x03\x04',
       b'%PDF-']
with open('tests/fuzz/fuzz_extract.dict', 'w') as o:
    o.write('# fuzz_extract: words of the reports, HTML and DOCX tags, byte order marks,\n'
            '# separators, numbers at the limits.  Made by tests/fuzz/mkseeds.py.\n')
    for v in sorted(ext) + html:
        o.write(esc(v.encode()) + '\n')
    for v in raw:
        o.write(esc(v) + '\n')

keys, labels = set(), set()
for f in ('tests/data/schema-2021.tsv', 'tests/data/schema-2019.tsv'):
    for row in list(csv.reader(open(f, encoding='utf-8'), delimiter='\t'))[1:]:
        keys.add(row[1])
        labels.update((row[3], row[4]))
parts = {p for k in keys for p in k.split('.')}
common = [b'report\tagency\tyear\tkey\tvalue', b'report', b'agency', b'year', b'key', b'value',
          b'line', b'\t', b'\r\n', b'\xef\xbb\xbf', b'\x00', b'\xc0\x80', b'\xed\xa0\x80',
          b'\xf4\x90\x80\x80', b'9223372036854775807', b'9223372036854775808',
          b'-9223372036854775808', b'-9223372036854775809', b'922337203685477580.7',
          b'0.000000000000000001', b'99999999999999999999', b'.', b'-', b'+', b'--', b'0', b'12.35',
          b'-0', b'1e5', b'meta.form', b'meta.date', b'meta.period', b'meta.active_items',
          b'meta.fee_yuan', b'meta.reports', b'meta.sha256', b'2019', b'2021', b'*'] + \
         [w.encode() for w in ('攀枝花市西区卫生健康局', '西区', '市', '区', '县', '自治州')]
for name, extra in (('fuzz_records', []), ('fuzz_wide', sorted(labels))):
    with open('tests/fuzz/%s.dict' % name, 'w') as o:
        o.write('# %s: the record columns, schema keys%s, bytes that are not\n'
                '# UTF-8, numbers at the limits of 64 bits.  Made by tests/fuzz/mkseeds.py.\n'
                % (name, ' and their official labels' if extra else ''))
        for v in common:
            o.write(esc(v) + '\n')
        for v in sorted(keys | parts) + extra:
            o.write(esc(v.encode()) + '\n')

# DOCX seeds: a report's lines as paragraphs, its TAB-separated rows as a
# table (a cell spanning two columns where a row has an empty cell).
def xml_text(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

def docx_of(txt):
    body = []
    rows = []
    def flush():
        if rows:
            body.append('<w:tbl>' + ''.join(rows) + '</w:tbl>')
            rows.clear()
    for line in open(txt, encoding='utf-8').read().split('\n'):
        if '\t' in line:
            cells = []
            for c in line.split('\t'):
                if c == '' and cells:
                    cells[-1][1] += 1
                else:
                    cells.append([c, 1])
            rows.append('<w:tr>' + ''.join(
                '<w:tc><w:tcPr>%s</w:tcPr><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:tc>'
                % ('<w:gridSpan w:val="%d"/>' % n if n > 1 else '', xml_text(c)) for c, n in cells)
                + '</w:tr>')
        else:
            flush()
            body.append('<w:p><w:r><w:t>%s</w:t></w:r></w:p>' % xml_text(line))
    flush()
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w='
            '"http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
            + ''.join(body) + '</w:body></w:document>')

for src in ('tests/fixtures/a-tsv.txt', 'tests/fixtures/e-tsv.txt'):
    name = src.split('/')[-1].split('-')[0]
    dst = 'tests/fuzz/corpus/fuzz_extract/seed-stored-%s.docx' % name
    with zipfile.ZipFile(dst, 'w', zipfile.ZIP_STORED) as z:
        z.writestr('word/document.xml', docx_of(src))
