# Agent task: a tiny text-adventure command interpreter built on `match`.
inventory = []
position = [0, 0]
moves = {"north": (0, 1), "south": (0, -1), "east": (1, 0), "west": (-1, 0)}


def handle(line):
    match line.split():
        case []:
            return "say something"
        case ["go", direction] if direction in moves:
            dx, dy = moves[direction]
            position[0] += dx
            position[1] += dy
            return f"moved {direction} to {tuple(position)}"
        case ["go", direction]:
            return f"unknown direction {direction!r}"
        case ["pick", "up", item] | ["take", item]:
            inventory.append(item)
            return f"took {item}"
        case ["drop", *items] if items:
            dropped = [i for i in items if i in inventory]
            for i in dropped:
                inventory.remove(i)
            return f"dropped {dropped}, missing {[i for i in items if i not in dropped]}"
        case ["look"] | ["look", "around"]:
            return f"at {tuple(position)} holding {sorted(inventory)}"
        case ["quit" | "exit" as verb]:
            return f"bye ({verb})"
        case [verb, *rest]:
            return f"cannot {verb} with {len(rest)} argument(s)"


script = [
    "", "go north", "go north", "go up", "pick up lamp", "take key", "take sword",
    "drop key sword shield", "drop", "look", "look around", "dance wildly now", "exit",
]
for line in script:
    print(f"{line!r:>25} -> {handle(line)}")
inventory
