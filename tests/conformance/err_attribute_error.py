queue = [5, 3, 8]
queue.append(1)
queue.sort()
print(queue)
print(queue.count(3), queue.index(8))

def enqueue_all(q, items):
    for item in items:
        print("enqueue", item)
        q.push(item)

enqueue_all(queue, [10, 11])
print("unreachable")
