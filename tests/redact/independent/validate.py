# Validate cases.tsv: 4 fields per row, unique ids, positive spans occur exactly once in text,
# negatives have empty span, identifier-level checks (NHS mod 11, NINO prefix/suffix, UPN check letter).
import collections, re, sys, unicodedata
INVIS = dict.fromkeys(map(ord, '\u200b\u00ad\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d\u202e'), None)
def norm(s):
    s = unicodedata.normalize('NFKC', s).translate(INVIS)
    return s
TYPES = {'EMAIL', 'URL', 'PHONE', 'POSTCODE', 'NHS_NUMBER', 'NINO', 'UPN', 'DATE', 'PERSON', 'NONE'}
errs = []
lines = open('cases.tsv', encoding='utf-8', newline='').read().split('\n')
assert lines[0] == 'id\ttype\ttext\tspan', lines[0]
assert lines[-1] == ''
rows = [l.split('\t') for l in lines[1:-1]]
ids = collections.Counter(r[0] for r in rows)
cnt = collections.Counter()
for n, r in enumerate(rows, 2):
    if len(r) != 4:
        errs.append(f'line {n}: {len(r)} fields'); continue
    i, t, text, span = r
    cnt[t] += 1
    if not re.fullmatch(r'R\d{4}', i): errs.append(f'{i}: bad id')
    if ids[i] > 1: errs.append(f'{i}: duplicate id')
    if t not in TYPES: errs.append(f'{i}: bad type {t}')
    if t == 'NONE':
        if span: errs.append(f'{i}: NONE with span')
        continue
    if not span: errs.append(f'{i}: empty span'); continue
    c = text.count(span)
    if c != 1: errs.append(f'{i}: span occurs {c} times')
    if span != span.strip() or span[-1] in '.,;:)>' and t not in ('URL',): 
        if not (t == 'DATE' and span.endswith('.')): errs.append(f'{i}: span edge {span!r}')
    v = norm(span)
    if t == 'NHS_NUMBER':
        d = re.sub(r'\D', '', v)
        s_ = sum(int(a) * w for a, w in zip(d[:9], range(10, 1, -1)))
        ch = 11 - s_ % 11; ch = 0 if ch == 11 else ch
        if len(d) != 10 or ch == 10 or ch != int(d[9]) or not d.startswith('999'): errs.append(f'{i}: bad NHS {span!r}')
    if t == 'NINO':
        x = re.sub(r'[^A-Z0-9]', '', v.upper())
        if not re.fullmatch(r'[A-Z]{2}\d{6}[A-D]', x) or set(x[:2]) & set('DFIQUV') or x[1] == 'O' or x[:2] in {'BG','GB','KN','NK','NT','TN','ZZ'}:
            errs.append(f'{i}: bad NINO {span!r}')
    if t == 'UPN':
        x = re.sub(r'[^A-Z0-9]', '', v.upper())
        L = 'ABCDEFGHJKLMNPQRTUVWXYZ'
        if not re.fullmatch(r'[A-Z]\d{12}', x) or L[sum(int(a) * w for a, w in zip(x[1:], range(2, 14))) % 23] != x[0]:
            errs.append(f'{i}: bad UPN {span!r}')
    if t == 'PHONE':
        d = re.sub(r'\D', '', v)
        d = re.sub(r'^(0044|44)0?', '0', d)
        ok = (re.fullmatch(r'07700900\d{3}', d) or re.fullmatch(r'01632960\d{3}', d) or re.fullmatch(r'01(1[3-8]|21|31|41|51|61)4960\d{3}', d)
              or re.fullmatch(r'01914980\d{3}', d) or re.fullmatch(r'020794600\d{2}|02079460\d{3}', d) or re.fullmatch(r'02920180\d{3}', d))
        if not ok: errs.append(f'{i}: phone not in drama range {span!r} -> {d}')
    if t in ('EMAIL', 'URL'):
        host = v.split('@')[-1] if t == 'EMAIL' else re.sub(r'^[a-z]+://', '', v, flags=re.I).split('/')[0].split(':')[0]
        host = host.lower()
        if not re.search(r'(^|\.)example\.(com|org|net|co\.uk)$|\.example$|\.испытание$|\.测试$|\.广告$|\.テスト$', host):
            errs.append(f'{i}: non-example domain {host}')
for e in errs: print('ERR', e)
print('rows', len(rows), dict(sorted(cnt.items())))
print('positives', sum(v for k, v in cnt.items() if k != 'NONE'), 'negatives', cnt['NONE'])
sys.exit(1 if errs else 0)
