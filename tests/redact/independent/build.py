# Build cases.tsv from the three generator parts (deterministic: fixed seeds).
import random
NS = {}
for part in ('gen_part1.py', 'gen_part2.py', 'gen_part3.py'):
    exec(open(part, encoding='utf-8').read(), NS)
cases = list(NS['CASES'])
random.Random(7).shuffle(cases)
with open('cases.tsv', 'w', encoding='utf-8', newline='\n') as f:
    f.write('id\ttype\ttext\tspan\n')
    for i, (t, text, span) in enumerate(cases, 1):
        for fld in (text, span):
            assert '\t' not in fld and '\n' not in fld and '\r' not in fld
        f.write(f'R{i:04d}\t{t}\t{text}\t{span}\n')
print(len(cases), 'rows written')
