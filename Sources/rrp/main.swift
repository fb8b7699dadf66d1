print("rrp")
