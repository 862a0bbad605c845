import csv
import os
import tempfile

rows = [["name", "note"], ["ann", "likes, commas"], ["bob", 'says "hi"'], ["cy", "two\nlines"]]
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "people.csv")
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerows(rows)
    with open(path, newline="") as f:
        print(repr(f.read()))
    with open(path, newline="") as f:
        back = list(csv.reader(f))
    print(back == rows, back[3])
    with open(path, newline="") as f:
        for rec in csv.DictReader(f):
            print(rec["name"], "->", rec["note"])
    out = os.path.join(d, "out.tsv")
    with open(out, "w", newline="") as f:
        dw = csv.DictWriter(f, fieldnames=["k", "v"], dialect="excel-tab")
        dw.writeheader()
        for i in range(3):
            dw.writerow({"k": i, "v": i * i})
    with open(out) as f:
        print(f.read().splitlines())
