stack = []
stack.append(1); stack.append(2); stack.append(3)
print(stack.pop(), stack)
queue = [1, 2, 3]
print(queue.pop(0), queue)
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)], [row[::-1] for row in matrix], sum(matrix, []))
a = [5, 3, 8, 1]
b = sorted(a)
print(a, b, a.index(8), 8 in a, a.count(3), a[::-1], list(reversed(a)))
a.sort(key=lambda v: -v)
print(a, a == sorted(b, reverse=True))
print([1, 2, 3] * 2, [[]] * 3, [x for x in [1, 2, 3] if x != 2])
lst = list(range(10))
print(lst[2:8:2], lst[-3:], lst[:-7], lst[::-3])
lst[::2] = ["e"] * 5
print(lst)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] > [1], [] < [0], max([[1, 2], [1, 3]]))
words = ["b", "a", "c"]
words.extend("de")
words.insert(2, "z")
words.remove("z")
print(words, words.copy() is words, len(words))
print(list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])), [i * j for i in range(1, 3) for j in range(1, 3)])
print(str([1, "a", None, [2.5]]), repr(["q'"]), [1, 2].__len__(), [3].__getitem__(0))
nums = [3, 1, 2]
print(sorted(nums) is nums, nums.sort() is None, nums)
