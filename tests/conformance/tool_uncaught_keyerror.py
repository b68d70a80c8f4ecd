# Agent task: compare the temperature of two cities; one is unknown.
paris = get_weather("Paris")
print("Paris:", paris["temp_c"])
berlin = get_weather(
    "Berlin"
)
print("Berlin:", berlin["temp_c"])
