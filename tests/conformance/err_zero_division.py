readings = {"sensor_a": [12, 15, 9], "sensor_b": [30, 28], "sensor_c": []}

def average(values):
    return sum(values) / len(values)

for name in readings:
    print("processing", name)
    avg = average(readings[name])
    print(f"  average = {avg:.2f}")
print("done")
