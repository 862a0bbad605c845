class Node:
    def __init__(self, nxt=None):
        self.nxt = nxt
    def last(self):
        return self.nxt.last() if self.nxt else self.value
Node(Node(Node())).last()
