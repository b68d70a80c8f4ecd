def parse_csv_line(line):
    fields = []
    current = []
    in_quotes = False
    i = 0
    while i < len(line):
        ch = line[i]
        if in_quotes:
            if ch == '"':
                if i + 1 < len(line) and line[i + 1] == '"':
                    current.append('"')
                    i += 1
                else:
                    in_quotes = False
            else:
                current.append(ch)
        elif ch == '"':
            in_quotes = True
        elif ch == ",":
            fields.append("".join(current))
            current = []
        else:
            current.append(ch)
        i += 1
    fields.append("".join(current))
    return fields

lines = [
    'plain,fields,here',
    '"quoted, with comma",second,"third"',
    '"she said ""hi""",,end',
    ',,',
    'single',
]
for line in lines:
    print(parse_csv_line(line))

print(parse_csv_line('1,"2,3",4'))
