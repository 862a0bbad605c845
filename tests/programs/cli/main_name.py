print(__name__)
if __name__ == "__main__":
    print("running as script")
import sys
print(type(sys.argv).__name__, len(sys.argv), sys.argv[0].endswith("main_name.py"))
