# exit(message) prints the message to stderr and exits with status 1.
print("before")
exit("bye from exit()")
print("not reached")
