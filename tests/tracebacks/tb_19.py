raise ValueError("plain")
