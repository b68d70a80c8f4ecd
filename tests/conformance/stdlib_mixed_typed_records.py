# Typed records: NamedTuple, TypedDict, Enum-valued fields, sorting with itemgetter.
from enum import IntEnum
from operator import itemgetter, attrgetter
from typing import List, NamedTuple, TypedDict


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


class Ticket(NamedTuple):
    id: int
    title: str
    priority: Priority = Priority.LOW


class Summary(TypedDict):
    count: int
    titles: List[str]


tickets = [Ticket(1, "login broken", Priority.HIGH), Ticket(2, "typo"), Ticket(3, "slow page", Priority.MEDIUM)]
by_priority = sorted(tickets, key=attrgetter("priority"), reverse=True)
print([t.title for t in by_priority])
print(tickets[1], tickets[0]._replace(title="login fixed"), tickets[2]._asdict())
rows = [t._asdict() for t in tickets]
print(sorted(rows, key=itemgetter("title"))[0]["id"], [r["priority"].name for r in rows])
summary: Summary = {"count": len(tickets), "titles": [t.title for t in tickets]}
print(summary, Summary.__annotations__ if False else "")
print(Priority.HIGH > Priority.LOW, Priority(2).name, [p.value for p in Priority])
ident, title, prio = tickets[2]
print(ident, title, prio.name, Ticket._fields)
by_priority[0]
