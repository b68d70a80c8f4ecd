items = [3, 1, 4, 1, 5, 9, 2, 6]
d = {"name": "Grace", "langs": ["COBOL", "FLOW-MATIC"]}
print(f"sum={sum(items)} max={max(items)} sorted={sorted(items)}")
print(f"{'even' if len(items) % 2 == 0 else 'odd'} count")
print(f"{d['name'].upper()} knew {', '.join(d['langs'])}")
print(f"{[x * x for x in items if x > 3]}")
print(f"{len(d['langs']):>3}|{d['name'][::-1]:<8}|")
print(f"{3 + 4 * 2} {2 ** 10:,} {7 // 2} {-7 // 2} {7 % -3}")
print(f"{'nested {braces}'} {{literal}} {{{1 + 1}}}")
x = 10
print(f"{x if x > 5 else -x} {(lambda y: y * 2)(x)}")
print(f"{x!s:>{x}}|")
width = 6
print(f"{'|'.join(f'{i:^{width}}' for i in range(3))}")
print(f"""multi
line {x}""")
print(f"{items[-1]}{items[0]}" * 2)
