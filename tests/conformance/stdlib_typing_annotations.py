from typing import Optional, Union, List, Dict, Tuple, Set, Any, Callable, Iterable, Literal, Sequence

def parse_scores(lines: List[str], default: Optional[int] = None) -> Dict[str, List[int]]:
    result: Dict[str, List[int]] = {}
    for line in lines:
        name, _, raw = line.partition(":")
        nums = [int(x) for x in raw.split(",") if x.strip()] or ([default] if default is not None else [])
        result.setdefault(name.strip(), []).extend(nums)
    return result

def best(scores: Dict[str, List[int]], key: Callable[[List[int]], float] = max) -> Tuple[str, float]:
    name = max(scores, key=lambda n: key(scores[n]))
    return name, key(scores[name])

data = parse_scores(["ann: 3, 9", "bob: 7", "cy:", "ann: 4"], default=0)
print(data)
print(best(data))
print(best(data, key=lambda xs: sum(xs) / len(xs)))
print(Optional[int], Union[int, str], Union[int, None], Optional[Union[int, str]])
print(Dict[str, List[int]], Tuple[int, ...], Set[str], List[Any])
print(Callable[[int, str], bool], Iterable[Tuple[str, int]], Literal["a", "b"], Sequence[float])
print(list[int], dict[str, list[int]], tuple[int, str], int | None, str | int | None)
print(Union[int], Union[int, int, str], List[int] == List[int], List[int] == List[str])
Mode = Literal["fast", "slow"]
def run(mode: Mode = "fast") -> str:
    return f"running {mode}"
print(run(), run("slow"))
Dict[str, Optional[List[int]]]
