import sys
print("exit code 3")
sys.exit(3)
