import cmath, math, random
random.seed(5)
fs = ['sqrt','exp','log','log10','sin','cos','tan','asin','acos','atan','sinh','cosh','tanh','asinh','acosh','atanh']
special = []
pts = [0j, 1+0j, -1+0j, 1j, -1j, complex(0.0,-0.0), complex(-0.0,0.0), complex(-0.0,-0.0), complex(2,-0.0), complex(-2,0.0), complex(-2,-0.0), complex(0.0, 2), complex(-0.0, 2), complex(0.0,-2), complex(-0.0,-2), 0.5+0.5j, -3+4j, 1e-310+1e-310j, 1e300+1e300j, -1e300-1e300j, 800+1j, -800+1j, 3-700j, 1.0000001+0j, 0.9999999j]
for _ in range(12):
    pts.append(complex(random.uniform(-5,5), random.uniform(-5,5)))
inf, nan = float('inf'), float('nan')
for a in (0.0, -0.0, 2.0, -2.0, inf, -inf, nan):
    for b in (0.0, -0.0, 2.0, -2.0, inf, -inf, nan):
        special.append(complex(a, b))
for f in fs:
    fn = getattr(cmath, f)
    for z in special:
        try:
            r = fn(z)
        except Exception as e:
            r = type(e).__name__
        print(f, repr(z), repr(r))
for z in special:
    print(cmath.phase(z), cmath.isinf(z), cmath.isnan(z), cmath.isfinite(z))
