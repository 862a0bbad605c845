print("partial output is flushed")
raise ValueError("boom")
