# Validate cases.tsv and categories.tsv of the PERSON / hard-negative set.
# Usage: /usr/bin/python3 validate.py   (exit status 1 on any error)
import collections, re, sys

errs = []
raw = open('cases.tsv', 'rb').read()
if b'\r' in raw: errs.append('CR found: file must be LF only')
try:
    data = raw.decode('utf-8')
except UnicodeDecodeError as e:
    sys.exit(f'not UTF-8: {e}')
if data.startswith('\ufeff'): errs.append('BOM found')
lines = data.split('\n')
if lines[0] != 'id\ttype\ttext\tspan': errs.append(f'bad header {lines[0]!r}')
if lines[-1] != '': errs.append('file must end with a single LF')
rows = [l.split('\t') for l in lines[1:-1]]

TITLES = ('Mr ', 'Mrs ', 'Ms ', 'Miss ', 'Mx ', 'Dr ', 'Dr. ', 'Mrs. ', 'Cllr ', 'PC ', 'DC ', 'Sgt ', 'Rev ', 'Rev. ', 'Nurse ')
ids = collections.Counter(r[0] for r in rows)
texts = collections.Counter(r[2] for r in rows if len(r) == 4)
cnt = collections.Counter()
for n, r in enumerate(rows, 2):
    if len(r) != 4:
        errs.append(f'line {n}: {len(r)} fields'); continue
    i, t, text, span = r
    cnt[t] += 1
    if not re.fullmatch(r'N\d{4}', i): errs.append(f'{i}: bad id')
    if ids[i] > 1: errs.append(f'{i}: duplicate id')
    if texts[text] > 1: errs.append(f'{i}: duplicate text')
    if t not in ('PERSON', 'NONE'): errs.append(f'{i}: bad type {t}')
    if not text.strip() or text != text.strip(): errs.append(f'{i}: empty text or edge whitespace')
    if t == 'NONE':
        if span: errs.append(f'{i}: NONE row with a span')
        continue
    if not span: errs.append(f'{i}: PERSON row with empty span'); continue
    c = text.count(span)
    if c != 1: errs.append(f'{i}: span {span!r} occurs {c} times')
    if span != span.strip(): errs.append(f'{i}: span has edge whitespace')
    if span[-1] in '.,;:!?)]}>"\'’' or span[0] in '([{<"\'‘': errs.append(f'{i}: punctuation at span edge {span!r}')
    if span.startswith(TITLES): errs.append(f'{i}: title inside span {span!r}')
    if re.search(r"['’]s$", span): errs.append(f'{i}: possessive inside span {span!r}')
    # the span must sit on word boundaries (not cut out of a longer word)
    k = text.find(span)
    before = text[k - 1] if k > 0 else ' '
    after = text[k + len(span)] if k + len(span) < len(text) else ' '
    if before.isalnum(): errs.append(f'{i}: span starts inside a word {span!r}')
    if after.isalnum() and not (after == 's' and span.islower()):  # "kaydens dad": possessive s without apostrophe stays outside
        errs.append(f'{i}: span ends inside a word {span!r}')

# categories side file
cats = {}
clines = open('categories.tsv', encoding='utf-8', newline='').read().split('\n')
if clines[0] != 'id\tcategory': errs.append('categories.tsv: bad header')
for l in clines[1:]:
    if not l: continue
    a = l.split('\t')
    if len(a) != 2: errs.append(f'categories.tsv: bad line {l!r}'); continue
    if a[0] in cats: errs.append(f'categories.tsv: duplicate id {a[0]}')
    cats[a[0]] = a[1]
if set(cats) != set(ids): errs.append('categories.tsv ids differ from cases.tsv ids')

for e in errs: print('ERR', e)
print('rows', len(rows), dict(sorted(cnt.items())))
bytype = collections.defaultdict(collections.Counter)
for r in rows:
    if len(r) == 4 and r[0] in cats: bytype[r[1]][cats[r[0]]] += 1
for t in sorted(bytype):
    print(t)
    for k, v in sorted(bytype[t].items()): print(f'  {k:40s} {v}')
sys.exit(1 if errs else 0)
