import json
print(json.loads("[1]"))
json.loads("{\"a\": }")
