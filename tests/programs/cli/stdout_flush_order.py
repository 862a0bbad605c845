import sys
for i in range(3):
    print("out", i)
    sys.stdout.flush()
sys.stdout.write("no newline at end")
