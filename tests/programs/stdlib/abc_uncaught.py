from abc import ABC, abstractmethod
class A(ABC):
    @abstractmethod
    def run(self): ...
    @abstractmethod
    def stop(self): ...
print("defined")
A()
