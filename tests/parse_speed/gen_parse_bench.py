"""Writes a 50,000-line Python program for timing the parser.

Usage: python3 bench/gen_parse_bench.py OUT.py [LINES]
The program is a repeated block of ordinary code: functions, classes,
loops, comprehensions, f-strings, calls, async code.
"""
import sys

BLOCK = '''\
class Shape{n}(Base, metaclass=Meta):
    """A shape."""
    sides: int = {n}

    def __init__(self, width, height=1.0, *args, scale=2, **kw):
        self.width = width * scale
        self.height = height + 0x1F - 0o7 + 0b1
        self.tags = [t.strip().lower() for t in kw.get("tags", []) if t]

    def area(self) -> float:
        return self.width * self.height / (self.sides or 1)

    @property
    def label(self):
        return f"shape {{self.sides}}: {{self.area():.2f}} {{self.tags!r}}"


def compute{n}(items, limit=10):
    total = 0
    for i, item in enumerate(items):
        if i > limit and not item:
            break
        elif item % 2 == 0:
            total += item ** 2
        else:
            total -= item // 3
    while total > 1000:
        total >>= 1
    try:
        value = {{k: v for k, v in zip(items, range(len(items)))}}
    except (KeyError, ValueError) as exc:
        raise RuntimeError("bad") from exc
    finally:
        pass
    return total, value, lambda x, y=2: x + y


async def fetch{n}(session, urls):
    results = []
    async with session.lock:
        for url in urls:
            data = await session.get(url, timeout=3.5)
            results.append(data[1:-1])
    return [r async for r in session.stream()] + results
'''


def main():
    out = sys.argv[1]
    target = int(sys.argv[2]) if len(sys.argv) > 2 else 50000
    lines = []
    n = 0
    block_len = len(BLOCK.splitlines()) + 1
    while len(lines) + block_len <= target:
        lines.extend(BLOCK.format(n=n).splitlines())
        lines.append("")
        n += 1
    while len(lines) < target:
        lines.append("counter = counter + 1 if counter else 0")
    with open(out, "w") as f:
        f.write("\n".join(lines) + "\n")


main()
