import getopt
print(getopt.getopt(["-a", "-bval", "-c", "x", "--long", "--opt=1", "rest"], "ab:c:", ["long", "opt="]))
print(getopt.gnu_getopt(["rest", "-a", "--op", "2", "more"], "a", ["opt="]))
for args in (["-q"], ["--nope"], ["-c"], ["--opt"], ["--long=1"], ["--o"]):
    try: getopt.getopt(args, "c:", ["long", "opt=", "optx"])
    except getopt.GetoptError as e: print(e, repr(e.opt))
