# str patterns match by character: Unicode classes, case folding, positions.
import re

text = 'naïve café — 東京 42 ١٢ Ωmega straße'
print(re.findall(r'\w+', text))
print(re.findall(r'\w+', text, re.A))
print(re.findall(r'\d+', text), re.findall(r'\d+', text, re.ASCII))
print([m.span() for m in re.finditer(r'\w+', text)])
print(re.search('東京', text).span(), re.search('é', text).start())
print(re.sub(r'\s+', '_', text), re.split(r'\W+', text))
print(re.findall(r'\b\w', text), re.findall(r'\b\w', text, re.A))
print(re.findall(r'(?i)ω', 'Ωω'), re.findall(r'(?i)[α-ω]+', 'ΑΒΓ δεζ'))
print(re.findall('(?i)ДОМ', 'дом Дом ДОМ'), re.findall('(?i)straße', 'STRASSE Straße STRAẞE'))
print(re.match(r'\s+', '\u00a0\u2028\u3000\t'), re.match(r'\s', '\u200b'))
print(re.match(r'[^\W\d_]+', 'héllo_wörld'), re.match(r'[\w]+', 'x²³'), re.match(r'\d', '²'))
print(re.match('.', '😀'), re.findall('.', 'a😀b'), re.search('😀+', 'xx😀😀').span())
print(re.match('(?i)ǅ', 'ǆ'), re.match('(?i)ǅ', 'Ǆ'), re.match('(?i)ı', 'I'), re.match('(?i)i', 'İ'))
print(re.fullmatch('[à-ÿ]+', 'éèêë'), re.fullmatch('(?i)[À-Þ]+', 'éèêë'))
print(re.compile('é+').search('aéé', 1, 3), re.compile('é').match('éé', 1))
print(re.escape('東京.é'))
s = 'αβγ' * 3
print(re.sub('β', lambda m: str(m.start()), s), re.subn('(α)(β)', r'\2\1', s))
it = re.finditer('γ', s)
print([m.span() for m in it])
print(re.match(r'\N{LATIN CAPITAL LETTER Q}', 'Q'))
