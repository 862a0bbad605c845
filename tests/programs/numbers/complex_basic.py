print(-1j, 3+4j, 1.5e3J, 0j, -0j, 1_0j, 1.j, .5j, 1e5j, 00j, 09j, -(1j))
z = 3+4j
print(z, abs(z), z.real, z.imag, z.conjugate(), type(z), isinstance(z, complex))
print(z*z, z/2, z-1, 1-z, z**2, z**0.5, 2**z, z**-1, (1+1j)**2)
print(complex(1, 2), complex('1+2j'), complex(' ( -1.5e2-3J ) '), complex('j'), complex('-j'), complex(), complex(2.5))
print(hash(1+2j), hash(complex(3, 0)) == hash(3), 1+0j == 1, 1j == 1j, 2j != 2j, {1j: 'a'}[1j])
print((-8) ** (1/3), pow(-8, 0.5))
print(bool(0j), bool(1j), -z, +z, complex(float('nan'), float('inf')))
print(format(1+2j, ''), format(1+2j, '10'), format(1+2j, '.2f'), format(1.5+2j, 'g'), format(1j, '<12'), format(1+2j, '+'))
print(f"{z:^20.3e}|{z!r}|{z}")
for bad in ['x', '1+', '1+2', '(1+2j', '1 + 2j', '', 'jj', '1e', '--1j']:
    try:
        print(complex(bad))
    except ValueError as e:
        print(bad, e)
for f in [lambda: 1j < 2j, lambda: 1j // 2, lambda: 1j % 2, lambda: int(1j), lambda: float(1j), lambda: (1+2j) / 0, lambda: 0j ** -1, lambda: pow(1j, 2, 3), lambda: complex('1', 2), lambda: complex(1, '2'), lambda: complex(None), lambda: divmod(1j, 2), lambda: round(1j), lambda: format(1j, '%'), lambda: format(1j, '=10'), lambda: format(1j, '010'), lambda: abs(complex(1e308, 1e308))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
# mixed arithmetic and signed zeros
print(1j * float('inf'), 2 * (1+1j), (1+1j) * True, 1.5 + 2j, 1 / 1j, 1e300j * 1e300j)
print(complex(-0.0, 0.0), complex(0.0, -0.0), -(0j), 0j - 0j, complex(1j, 1j), complex(1+2j, 3+4j))
print(sum([1j, 2, 3.5]), [1j, 2j] == [1j, 2j], 1j in [1, 1j], (1+2j).__getnewargs__())
print(complex.__name__, type(1j).__name__, complex(real=1, imag=2), (1+2j).__complex__())
class C:
    def __complex__(self):
        return 2+3j
print(complex(C()), 10 ** -2j)
print(repr(1e16 + 1e-16j), repr(complex(1e-5, 1e22)), repr(complex(-1.5, float('nan'))))
print(pow(2j, 3), pow(2, 1j), (-1) ** 0.5, (-2.0) ** 1.5)
