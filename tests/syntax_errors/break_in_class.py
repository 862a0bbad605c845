for x in y:
    class A:
        break
