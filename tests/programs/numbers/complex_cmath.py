import cmath, math, random
random.seed(5)
fs = ['sqrt','exp','log','log10','sin','cos','tan','asin','acos','atan','sinh','cosh','tanh','asinh','acosh','atanh']
pts = [0j, 1+0j, -1+0j, 1j, -1j, complex(0.0,-0.0), complex(-0.0,0.0), complex(-0.0,-0.0), complex(2,-0.0), complex(-2,0.0), complex(-2,-0.0), complex(0.0, 2), complex(-0.0, 2), complex(0.0,-2), complex(-0.0,-2), 0.5+0.5j, -3+4j, 1e-310+1e-310j, 1e300+1e300j, -1e300-1e300j, 800+1j, -800+1j, 3-700j, 1.0000001+0j, 0.9999999j]
for _ in range(12):
    pts.append(complex(random.uniform(-5,5), random.uniform(-5,5)))
inf, nan = float('inf'), float('nan')
for f in fs:
    fn = getattr(cmath, f)
    for z in pts:
        try:
            r = fn(z)
        except Exception as e:
            r = type(e).__name__
        print(f, repr(z), repr(r))
for z in pts:
    print(cmath.phase(z), cmath.polar(z) if cmath.isfinite(z) else '', cmath.isinf(z), cmath.isnan(z))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(cmath.log(8, 2), cmath.log(1j, 1j), cmath.log(-1, 10), cmath.log10(-100), cmath.log(2, 1j))
print(cmath.rect(2, 0), cmath.rect(2, -0.0), cmath.rect(1, math.pi / 2), cmath.rect(0, float('inf')))
print(cmath.isclose(1+1j, 1+1.0000000001j), cmath.isclose(1j, 1.1j, rel_tol=0.2), cmath.isclose(0j, 1e-10, abs_tol=1e-9))
print(cmath.sqrt(4), cmath.exp(1), cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.polar(1j))
class F:
    def __float__(self):
        return 2.0
print(cmath.sqrt(F()), cmath.exp(True))
for f in [lambda: cmath.log(2, 1), lambda: cmath.sqrt('x'), lambda: cmath.log(0), lambda: cmath.exp(1000),
          lambda: cmath.atanh(1), lambda: cmath.isclose(1j, 1j, rel_tol=-1), lambda: cmath.sqrt(None),
          lambda: cmath.log(1j, 0), lambda: cmath.rect(1, float('inf')), lambda: cmath.cosh(1000+1j),
          lambda: cmath.sin(complex(float('inf'), 0)), lambda: cmath.phase('a'), lambda: cmath.sqrt(),
          lambda: cmath.sqrt(1, 2), lambda: cmath.polar(complex(1e308, 1e308)), lambda: cmath.log()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
