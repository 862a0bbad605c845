import sys
print("message exit")
sys.exit("fatal: something went wrong")
