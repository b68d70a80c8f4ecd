# A Graph class: adjacency lists, BFS shortest path, DFS order, connected components.
class Graph:
    def __init__(self, directed=False):
        self.adj = {}
        self.directed = directed

    def add_edge(self, a, b):
        self.adj.setdefault(a, []).append(b)
        self.adj.setdefault(b, [])
        if not self.directed:
            self.adj[b].append(a)
        return self

    def bfs_path(self, start, goal):
        prev = {start: None}
        frontier = [start]
        while frontier:
            nxt = []
            for node in frontier:
                for n in self.adj[node]:
                    if n not in prev:
                        prev[n] = node
                        nxt.append(n)
            frontier = nxt
        if goal not in prev:
            return None
        path = [goal]
        while prev[path[-1]] is not None:
            path.append(prev[path[-1]])
        return path[::-1]

    def dfs(self, start, seen=None):
        seen = [] if seen is None else seen
        seen.append(start)
        for n in self.adj[start]:
            if n not in seen:
                self.dfs(n, seen)
        return seen

    def components(self):
        comps, done = [], set()
        for node in self.adj:
            if node not in done:
                comp = self.dfs(node)
                done.update(comp)
                comps.append(sorted(comp))
        return comps


g = Graph()
for a, b in [("A", "B"), ("B", "C"), ("C", "D"), ("A", "E"), ("E", "D"), ("X", "Y")]:
    g.add_edge(a, b)
print(g.adj)
print(g.bfs_path("A", "D"), g.bfs_path("D", "A"), g.bfs_path("A", "Y"))
print(g.dfs("A"), g.components())
d = Graph(directed=True).add_edge(1, 2).add_edge(2, 3).add_edge(3, 1).add_edge(4, 1)
print(d.adj, d.bfs_path(1, 3), d.bfs_path(1, 4))
len(g.components())
