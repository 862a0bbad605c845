def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
def sum_list(xs):
    if not xs:
        return 0
    return xs[0] + sum_list(xs[1:])
print(sum_list(list(range(500))))
import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(3000)
print(depth(2500))
sys.setrecursionlimit(1000)
