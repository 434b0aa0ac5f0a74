# make-fixtures.py DIR - write the test projects of tests/qdpx into DIR.
# The projects imitate what NVivo and QualCoder write (Sources/ folder in
# capitals, PlainTextContent, several users, nested codes with names hark
# must map), and hostile archives.
import os, sys, zipfile

d = sys.argv[1]
NS = 'xmlns="urn:QDA-XML:project:1.0"'


def put(name, files, method=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(os.path.join(d, name), 'w', method) as z:
        for n, data in files:
            z.writestr(n, data)


# NVivo's shape: Sources/ folder, GUIDs in capitals with braces absent,
# codes nested with spaces and non-ASCII in their names, a selection with
# an emoji before it, and a CRLF text with a BOM.
nv_text = '\ufeffShe said: “I’m scared 😟 at night.”\r\nNow I feel safe.'
put('nvivo.qdpx', [
    ('project.qde', f'''<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<Project {NS} name="NVivo shape" origin="NVivo">
<Users><User guid="AD68FBE7-E1EE-4A82-A279-23CC698C89EB" name="Ana Coder"/></Users>
<CodeBook><Codes>
<Code guid="11111111-1111-4111-8111-111111111111" name="Safety &amp; risk" isCodable="true">
<Code guid="22222222-2222-4222-8222-222222222222" name="Feels unsafe" isCodable="true"/>
<Code guid="33333333-3333-4333-8333-333333333333" name="Feels safe" isCodable="true"/>
</Code>
<Code guid="44444444-4444-4444-8444-444444444444" name="Åsa’s code" isCodable="true"/>
<Code guid="55555555-5555-4555-8555-555555555555" name="العربية" isCodable="true"/>
</Codes></CodeBook>
<Sources>
<TextSource guid="01106019-2518-43DD-BBD1-8F0252BACB30" name="Interview 1" plainTextPath="internal://01106019-2518-43DD-BBD1-8F0252BACB30.txt" creatingUser="AD68FBE7-E1EE-4A82-A279-23CC698C89EB">
<PlainTextSelection guid="4191294A-E287-4510-9A36-3E3A1D4B8A01" name="scared" startPosition="{nv_text.index("scared") - 1}" endPosition="{nv_text.index("scared") + 5}" creatingUser="AD68FBE7-E1EE-4A82-A279-23CC698C89EB">
<Coding guid="4191294A-E287-4510-9A36-3E3A1D4B8A02"><CodeRef targetGUID="22222222-2222-4222-8222-222222222222"/></Coding>
<Coding guid="4191294A-E287-4510-9A36-3E3A1D4B8A03"><CodeRef targetGUID="55555555-5555-4555-8555-555555555555"/></Coding>
</PlainTextSelection>
<PlainTextSelection guid="4191294A-E287-4510-9A36-3E3A1D4B8A04" name="safe" startPosition="{nv_text.index("safe") - 1}" endPosition="{nv_text.index("safe") + 3}">
<Coding guid="4191294A-E287-4510-9A36-3E3A1D4B8A05" creatingUser="AD68FBE7-E1EE-4A82-A279-23CC698C89EB"><CodeRef targetGUID="33333333-3333-4333-8333-333333333333"/></Coding>
</PlainTextSelection>
</TextSource>
</Sources>
</Project>
'''),
    ('Sources/01106019-2518-43DD-BBD1-8F0252BACB30.txt', nv_text.encode('utf-8')),
])

# QualCoder's shape: lower-case sources/, a whole-source coding, two
# coders, PlainTextContent for a second source, variables and cases.
put('qualcoder.qdpx', [
    ('project.qde', f'''<?xml version="1.0" encoding="UTF-8"?>
<Project {NS} name="qc" origin="QualCoder 3.5">
<Users><User guid="aaaaaaaa-0000-4000-8000-000000000001" name="default"/><User guid="aaaaaaaa-0000-4000-8000-000000000002" name="second coder"/></Users>
<CodeBook><Codes>
<Code guid="bbbbbbbb-0000-4000-8000-000000000001" name="home" isCodable="true"><Description>Home</Description></Code>
<Code guid="bbbbbbbb-0000-4000-8000-000000000002" name="heard/ignored" isCodable="true"/>
</Codes></CodeBook>
<Variables><Variable guid="cccccccc-0000-4000-8000-000000000001" name="site" typeOfVariable="Text"/><Variable guid="cccccccc-0000-4000-8000-000000000002" name="id" typeOfVariable="Text"/></Variables>
<Cases><Case guid="dddddddd-0000-4000-8000-000000000001" name="P 7"><SourceRef targetGUID="eeeeeeee-0000-4000-8000-000000000001"/></Case></Cases>
<Sources>
<TextSource guid="eeeeeeee-0000-4000-8000-000000000001" name="notes.txt" plainTextPath="internal://eeeeeeee-0000-4000-8000-000000000001.txt" creatingUser="aaaaaaaa-0000-4000-8000-000000000001">
<PlainTextSelection guid="ffffffff-0000-4000-8000-000000000001" startPosition="0" endPosition="4" creatingUser="aaaaaaaa-0000-4000-8000-000000000001">
<Coding guid="ffffffff-0000-4000-8000-000000000002"><CodeRef targetGUID="bbbbbbbb-0000-4000-8000-000000000001"/></Coding>
<Coding guid="ffffffff-0000-4000-8000-000000000003" creatingUser="aaaaaaaa-0000-4000-8000-000000000002"><CodeRef targetGUID="bbbbbbbb-0000-4000-8000-000000000001"/></Coding>
</PlainTextSelection>
<VariableValue><VariableRef targetGUID="cccccccc-0000-4000-8000-000000000001"/><TextValue>north</TextValue></VariableValue>
</TextSource>
<TextSource guid="eeeeeeee-0000-4000-8000-000000000002" name="memo 2" creatingUser="aaaaaaaa-0000-4000-8000-000000000002">
<PlainTextContent>Nobody listens &lt;ever&gt; ✋</PlainTextContent>
<Coding guid="ffffffff-0000-4000-8000-000000000004"><CodeRef targetGUID="bbbbbbbb-0000-4000-8000-000000000002"/></Coding>
</TextSource>
</Sources>
</Project>
'''),
    ('sources/eeeeeeee-0000-4000-8000-000000000001.txt', 'Home is where I feel ok.'),
])

# Hostile archives.
laughs = '<?xml version="1.0"?>\n<!DOCTYPE Project [\n<!ENTITY a "aaaaaaaaaa">\n' + \
    ''.join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">\n' for i in range(9)) + \
    f']>\n<Project {NS} name="&j;"/>\n'
put('laughs.qdpx', [('project.qde', laughs)])
put('bomb.qdpx', [('project.qde', f'<Project {NS} name="x">' + ' ' * (8 << 20) + '</Project>')])
put('traversal.qdpx', [
    ('project.qde', f'''<?xml version="1.0"?>
<Project {NS} name="t"><Sources>
<TextSource guid="eeeeeeee-0000-4000-8000-000000000009" name="up" plainTextPath="internal://../../etc/passwd"/>
<TextSource guid="eeeeeeee-0000-4000-8000-000000000008" name="abs" plainTextPath="absolute:///etc/passwd"/>
<TextSource guid="eeeeeeee-0000-4000-8000-000000000007" name="ok"><PlainTextContent>fine</PlainTextContent></TextSource>
</Sources></Project>
'''),
    ('../../evil.txt', 'never written'),
])
put('hugeattr.qdpx', [('project.qde', f'<?xml version="1.0"?>\n<Project {NS} name="' + 'x' * (11 << 20) + '"/>\n')])
put('badpos.qdpx', [('project.qde', f'''<?xml version="1.0"?>
<Project {NS} name="t"><CodeBook><Codes><Code guid="bbbbbbbb-0000-4000-8000-000000000001" name="c" isCodable="true"/></Codes></CodeBook><Sources>
<TextSource guid="eeeeeeee-0000-4000-8000-000000000001" name="short"><PlainTextContent>abc</PlainTextContent>
<PlainTextSelection guid="ffffffff-0000-4000-8000-000000000001" startPosition="1" endPosition="9"><Coding guid="ffffffff-0000-4000-8000-000000000002"><CodeRef targetGUID="bbbbbbbb-0000-4000-8000-000000000001"/></Coding></PlainTextSelection>
</TextSource></Sources></Project>
''')])
with open(os.path.join(d, 'notzip.qdpx'), 'w') as f:
    f.write('id,text\nr1,hello\n')
