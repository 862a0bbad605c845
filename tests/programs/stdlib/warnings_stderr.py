import warnings
warnings.warn("top level warning")
print("after")
