import itertools
vals = [1+2j, -1.5-0.25j, 1j, -1j, complex(-0.0, 0.0), complex(0.0, -0.0), 1e20+1e-20j, complex(float('inf'), float('nan')), 123456.789+0.001j, 0j]
specs = ['', 'g', '.3g', '.2f', 'e', '.1e', 'E', 'F', '+', ' ', '-', '>20', '<20', '^20', '*^25.3f', '+.2f', ',.2f', '_g', '#g', '#.0f', '15', '.0', '.5', 'n', 'G', '20.4e', '<', 'z.1f']
for v in vals:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except Exception as e:
            row.append(type(e).__name__ + ':' + str(e))
    print(repr(v), row)
