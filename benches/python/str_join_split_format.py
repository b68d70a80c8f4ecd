parts = [str(i) for i in range(100000)]
s = ",".join(parts)
back = s.split(",")
out = ["{}:{}".format(i, p) for i, p in enumerate(back[:1000])]
len(back)
