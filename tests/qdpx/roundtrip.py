# roundtrip.py TAGGED.TSV SPANS.TSV BACK.TSV - the codes that came back
# from the project (BACK) must be the tags of TAGGED placed by the spans
# of SPANS (the same records tokenised), with the same text.
import sys


def read(path):
    with open(path, encoding='utf-8', newline='') as f:
        rows = [l.rstrip('\n').split('\t') for l in f]
    head = rows[0]
    un = lambda v: v.replace('\\n', '\n').replace('\\r', '\r').replace('\\t', '\t').replace('\\\\', '\\')
    return {r[head.index('id')]: {h: un(v) for h, v in zip(head, r)} for r in rows[1:]}


tagged, spans, back = read(sys.argv[1]), read(sys.argv[2]), read(sys.argv[3])
bad = 0
for rid, rec in tagged.items():
    sp = [tuple(map(int, s.split(':'))) for s in spans[rid]['spans'].split()]
    want = []
    for t in rec['tags'].split():
        code, rng = t.split('@')
        flags = ''.join(c for c in rng if c in '!?')
        a, b = map(int, rng.rstrip('!?').split('-'))
        want.append((sp[a][0], sp[b][1], code, flags))
    got = []
    for c in back[rid]['codes'].split():
        code, rng = c.split('@')
        flags = ''.join(ch for ch in rng if ch in '!?')
        a, b = map(int, rng.rstrip('!?').split(':'))
        got.append((a, b, code, flags))
    if sorted(want) != sorted(got) or back[rid]['text'] != rec['text']:
        bad = 1
        print('record', rid, 'want', sorted(want), 'got', sorted(got))
    # the span must be the same words in the text
    tb = rec['text'].encode('utf-8')
    for a, b, code, _ in got:
        assert tb[a:b].decode('utf-8'), (rid, a, b)
print('same' if not bad else 'differ', len(tagged), 'records')
sys.exit(1 if bad or len(tagged) != 4 else 0)
