def report(title, *values, sep=", ", **options):
    line = f"{title}: " + sep.join(str(v) for v in values)
    if options:
        opts = " ".join(f"{k}={v}" for k, v in sorted(options.items()))
        line += f" [{opts}]"
    return line

print(report("empty"))
print(report("nums", 1, 2, 3))
print(report("nums", *range(5), sep="|"))
print(report("opts", "a", color="red", bold=True))
args = ("x", "y")
kw = {"z": 1, "sep": "-"}
print(report("spread", *args, **kw))

def count_args(*args, **kwargs):
    return len(args), sorted(kwargs)

print(count_args(), count_args(1, 2, a=3), count_args(*[1] * 4, **{"q": 0, "p": 1}))

def merge(*dicts, **overrides):
    out = {}
    for d in dicts:
        out.update(d)
    out.update(overrides)
    return out

merge({"a": 1}, {"b": 2, "a": 3}, c=4, a=5)
