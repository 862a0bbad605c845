import statistics as st
from fractions import Fraction as F
datasets = [[1, 2, 3, 4], [1, 2, 3], [2.5, 3.25, 5.5, 11.25, 11.75], [F(1, 2), F(3, 4), F(5, 8)], [1, 2.5, F(1, 2)], [True, False, True], [1, 1, 2, 3, 3, 3, 4], [0.1] * 7, [10**20, 10**20 + 1, 1], [-1.5, 2, 3.25, 7]]
for d in datasets:
    print(d)
    for f in ['mean', 'fmean', 'median', 'median_low', 'median_high', 'median_grouped', 'mode', 'multimode', 'variance', 'pvariance', 'stdev', 'pstdev', 'quantiles', 'harmonic_mean', 'geometric_mean']:
        try:
            r = getattr(st, f)(d)
            print(' ', f, repr(r))
        except Exception as e:
            print(' ', f, type(e).__name__, e)
print(st.quantiles(range(1, 11), n=10), st.quantiles([1, 2, 3, 4, 5], n=4, method='inclusive'), st.quantiles([1, 5], n=3))
print(st.variance([1, 2, 3, 4], 2), st.pvariance([1, 2, 3, 4], mu=2), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([F(1, 4), F(5, 4)]))
print(st.mean([1, float('inf')]), st.mean([float('inf'), float('-inf')]), st.median_grouped([52, 52, 53, 54], interval=2), st.median_grouped([1, 3, 3, 5, 7], 2))
print(st.mode(['red', 'blue', 'blue', 'red', 'green', 'red', 'red']), st.multimode('aabbbbccddddeeffffgg'), st.multimode(''), st.fmean([3.5, 4.0, 5.25]), st.fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30]))
print(st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([0, 1]), st.harmonic_mean([2.5]), st.geometric_mean([54, 24, 36]))
print(st.covariance([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 1, 2, 3, 1, 2, 3]), st.correlation([1, 2, 3, 4, 5, 6, 7, 8, 9], [9, 8, 7, 6, 5, 4, 3, 2, 1]), st.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 12]), st.linear_regression([1, 2, 3], [2, 4, 6.5], proportional=True).slope)
for call in [lambda: st.mean([]), lambda: st.fmean([]), lambda: st.median([]), lambda: st.mode([]), lambda: st.variance([1]), lambda: st.pvariance([]), lambda: st.stdev([]), lambda: st.pstdev([]), lambda: st.quantiles([1]), lambda: st.quantiles([1, 2], n=0), lambda: st.quantiles([1, 2], method='x'), lambda: st.harmonic_mean([-1, 2]), lambda: st.harmonic_mean([]), lambda: st.geometric_mean([]), lambda: st.geometric_mean([-1]), lambda: st.mean(['a']), lambda: st.mean([1, 'a']), lambda: st.correlation([1, 1], [2, 3]), lambda: st.covariance([1], [1]), lambda: st.linear_regression([1, 1], [1, 2]), lambda: st.fmean([1, 2], weights=[1])]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(st.StatisticsError, ValueError))
