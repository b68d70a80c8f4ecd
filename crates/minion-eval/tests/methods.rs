//! Methods of list, dict, tuple and range: results and error messages (expectations from
//! CPython 3.11.7).

mod common;

use common::{err, ok};

#[test]
fn container_method_results_match_cpython() {
    ok("print(dict.fromkeys([1,2], 0))", "{1: 0, 2: 0}\n");
    ok("print(sorted([3,1,2], key=lambda x: -x))", "[3, 2, 1]\n");
    ok("print([1,2,3].copy())", "[1, 2, 3]\n");
    ok("print(list.append([], 1))", "None\n");
    ok("print([1,2,1].count(1))", "2\n");
}

#[test]
fn container_method_errors_match_cpython() {
    err("[].pop()", "IndexError: pop from empty list");
    err("[1].pop(5)", "IndexError: pop index out of range");
    err("[1].remove(2)", "ValueError: list.remove(x): x not in list");
    err("[1,2].index(3)", "ValueError: 3 is not in list");
    err(
        "[].insert()",
        "TypeError: insert expected 2 arguments, got 0",
    );
    err(
        "[3,1].sort(key=1)",
        "TypeError: 'int' object is not callable",
    );
    err(
        "[1,'a'].sort()",
        "TypeError: '<' not supported between instances of 'str' and 'int'",
    );
    err("{}.pop('k')", "KeyError: 'k'");
    err("{}.popitem()", "KeyError: 'popitem(): dictionary is empty'");
    err(
        "{}.get()",
        "TypeError: get expected at least 1 argument, got 0",
    );
    err(
        "{'a':1}.update(1)",
        "TypeError: 'int' object is not iterable",
    );
    err(
        "{}.update([(1,)])",
        "ValueError: dictionary update sequence element #0 has length 1; 2 is required",
    );
    err(
        "(1,2).index(3)",
        "ValueError: tuple.index(x): x not in tuple",
    );
    err(
        "(1,).count()",
        "TypeError: tuple.count() takes exactly one argument (0 given)",
    );
    err("range(3).index(5)", "ValueError: 5 is not in range");
    err(
        "[].append(1, 2)",
        "TypeError: list.append() takes exactly one argument (2 given)",
    );
    err(
        "{}.fromkeys()",
        "TypeError: fromkeys expected at least 1 argument, got 0",
    );
    err("[].extend(1)", "TypeError: 'int' object is not iterable");
    err(
        "{}.setdefault()",
        "TypeError: setdefault expected at least 1 argument, got 0",
    );
    err(
        "{}.clear(1)",
        "TypeError: dict.clear() takes no arguments (1 given)",
    );
    err(
        "[].count()",
        "TypeError: list.count() takes exactly one argument (0 given)",
    );
    err(
        "[].clear(1)",
        "TypeError: list.clear() takes no arguments (1 given)",
    );
    err(
        "[].copy(1)",
        "TypeError: list.copy() takes no arguments (1 given)",
    );
    err(
        "[].reverse(1)",
        "TypeError: list.reverse() takes no arguments (1 given)",
    );
    err(
        "[].index()",
        "TypeError: index expected at least 1 argument, got 0",
    );
    err(
        "{}.keys(1)",
        "TypeError: dict.keys() takes no arguments (1 given)",
    );
    err(
        "{}.copy(1)",
        "TypeError: dict.copy() takes no arguments (1 given)",
    );
    err(
        "{}.popitem(1)",
        "TypeError: dict.popitem() takes no arguments (1 given)",
    );
    err(
        "().index()",
        "TypeError: index expected at least 1 argument, got 0",
    );
    err(
        "[].pop(1,2)",
        "TypeError: pop expected at most 1 argument, got 2",
    );
    err(
        "{}.pop()",
        "TypeError: pop expected at least 1 argument, got 0",
    );
    err(
        "{}.get(1,2,3)",
        "TypeError: get expected at most 2 arguments, got 3",
    );
    err(
        "[].sort(1)",
        "TypeError: sort() takes no positional arguments",
    );
}
