grades = {
    "ana": [90, 85, 77, 94],
    "raj": [60, 72, 58, 81],
    "li": [100, 98, 99, 97],
    "tom": [45, 70, 65, 50],
    "sue": [88, 88, 92, 79],
}

def letter(avg):
    if avg >= 90:
        return "A"
    elif avg >= 80:
        return "B"
    elif avg >= 70:
        return "C"
    elif avg >= 60:
        return "D"
    return "F"

report = {}
for student, marks in grades.items():
    dropped = sorted(marks)[1:]
    avg = sum(dropped) / len(dropped)
    report[student] = (round(avg, 2), letter(avg))
    print(f"{student:>4}: raw={marks} best3_avg={avg:.2f} grade={letter(avg)}")

distribution = {}
for avg, g in report.values():
    distribution[g] = distribution.get(g, 0) + 1
print(dict(sorted(distribution.items())))
honor_roll = sorted((s for s, (a, g) in report.items() if g == "A"))
print("honor roll:", honor_roll)
class_avg = sum(a for a, _ in report.values()) / len(report)
print(round(class_avg, 3))
