#!/usr/bin/python3
"""Check cases.tsv and categories.tsv against the rules in FORMAT.md.
Exit status 0 and 'OK' when everything passes."""
import sys, os, re, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
TITLES = {'mr', 'mrs', 'mrs.', 'ms', 'miss', 'mx', 'dr', 'dr.', 'cllr', 'pc',
          'dc', 'sgt', 'rev.', 'rev', 'nurse', 'mr.', 'ms.'}
ROLES = {'nan', 'nanna', 'aunty', 'auntie', 'uncle', 'grandad', 'grandma', 'mum',
         'dad', 'sw', 'iro', 'pa', 'baby', 'sister', 'brother', 'bro', 'carer'}
errors = []

def err(msg):
    errors.append(msg)

def is_word_char(ch):
    return ch.isalnum() or unicodedata.category(ch).startswith('M')

def load(name, header):
    raw = open(os.path.join(HERE, name), 'rb').read()
    try:
        txt = raw.decode('utf-8')
    except UnicodeDecodeError as e:
        err('%s: not UTF-8: %s' % (name, e)); return []
    if b'\r' in raw:
        err('%s: contains CR (must be LF only)' % name)
    if raw.startswith(b'\xef\xbb\xbf'):
        err('%s: has a BOM' % name)
    if not txt.endswith('\n'):
        err('%s: no final LF' % name)
    lines = txt[:-1].split('\n') if txt.endswith('\n') else txt.split('\n')
    if lines[0] != header:
        err('%s: bad header %r' % (name, lines[0]))
    return lines[1:]

def check_span(rid, text, span):
    n = text.count(span)
    if n != 1:
        err('%s: span %r occurs %d times' % (rid, span, n)); return
    if span != span.strip():
        err('%s: span has outer whitespace' % rid)
    first, last = span[0], span[-1]
    if not first.isalpha():
        err('%s: span starts on non-letter %r' % (rid, first))
    if not (last.isalpha() or unicodedata.category(last).startswith('M')):
        err('%s: span ends on non-letter %r' % (rid, last))
    if re.search(r"['’]s$", span):
        err('%s: span includes possessive' % rid)
    words = span.split()
    if words and words[0].lower() in ROLES and len(words) > 1:
        err('%s: span starts with a role/relation word %r' % (rid, words[0]))
    if words and words[0].lower() in TITLES and len(words) > 1:
        err('%s: span starts with a title %r' % (rid, words[0]))
    start = text.index(span); end = start + len(span)
    if start > 0 and is_word_char(text[start - 1]):
        err('%s: span starts inside a word' % rid)
    if end < len(text) and is_word_char(text[end]):
        # allowed: possessive s typed without apostrophe ("kaydens dad")
        if not (text[end] in 's' and (end + 1 == len(text) or not is_word_char(text[end + 1]))):
            err('%s: span ends inside a word' % rid)
    # title immediately before the span is fine; a title inside the span is not
    for w in words:
        if w.lower() in ('mr', 'mrs', 'ms', 'mx', 'dr', 'cllr'):
            err('%s: title word inside span' % rid)

def main():
    cases = load('cases.tsv', 'id\ttype\ttext\tspan')
    cats = load('categories.tsv', 'id\tcategory')
    ids, texts, types = [], set(), {}
    for i, line in enumerate(cases, 2):
        f = line.split('\t')
        if len(f) != 4:
            err('cases.tsv line %d: %d fields' % (i, len(f))); continue
        rid, typ, text, span = f
        if not re.fullmatch(r'F\d{4}', rid):
            err('line %d: bad id %r' % (i, rid))
        if rid in types:
            err('duplicate id %s' % rid)
        ids.append(rid); types[rid] = typ
        if text in texts:
            err('%s: duplicate text' % rid)
        texts.add(text)
        if not text.strip():
            err('%s: empty text' % rid)
        if typ == 'PERSON':
            if not span:
                err('%s: PERSON with empty span' % rid)
            else:
                check_span(rid, text, span)
        elif typ == 'NONE':
            if span != '':
                err('%s: NONE with a span' % rid)
        else:
            err('%s: bad type %r' % (rid, typ))
    expected = ['F%04d' % k for k in range(1, len(ids) + 1)]
    if ids != expected:
        err('ids are not F0001..F%04d in order' % len(ids))
    catmap = {}
    for i, line in enumerate(cats, 2):
        f = line.split('\t')
        if len(f) != 2 or not f[1]:
            err('categories.tsv line %d: bad row' % i); continue
        if f[0] in catmap:
            err('categories.tsv: duplicate id %s' % f[0])
        catmap[f[0]] = f[1]
    if set(catmap) != set(ids):
        err('categories.tsv ids differ from cases.tsv ids')
    # a category holds one type only
    ct = {}
    for rid, c in catmap.items():
        ct.setdefault(c, set()).add(types.get(rid))
    for c, ts in ct.items():
        if len(ts) > 1:
            err('category %s mixes types %s' % (c, ts))
    tc = Counter(types.values())
    print('rows: %d  PERSON: %d  NONE: %d' % (len(ids), tc['PERSON'], tc['NONE']))
    cc = Counter(catmap.values())
    for typ in ('PERSON', 'NONE'):
        print('\n%s categories:' % typ)
        for c, n in sorted(cc.items(), key=lambda x: (-x[1], x[0])):
            if typ in ct[c]:
                print('  %-24s %4d' % (c, n))
    if errors:
        print('\nFAILED: %d problem(s)' % len(errors))
        for e in errors:
            print('  ' + e)
        sys.exit(1)
    print('\nOK')

if __name__ == '__main__':
    main()
