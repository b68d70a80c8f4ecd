//! The system prompt: the Thought / Code / Observation format, every tool as a Python
//! signature with its docstring (`async def` for async tools, with a note to `await`
//! them and to gather independent calls), the importable modules and `final_answer`.

use minion_tool::ToolSpec;

use crate::extract::END_CODE;

/// `final_answer`'s stub (always available).
const FINAL_ANSWER_STUB: &str = "def final_answer(answer: Any) -> Any:\n    \"\"\"Provides a final answer to the given problem and ends the task.\n\n    Args:\n        answer: the final answer\n    \"\"\"";

/// Renders the system prompt for `tools` (each with whether it is async), the modules
/// the code may import, and the caller's extra `instructions`.
pub fn system_prompt(
    tools: &[(ToolSpec, bool)],
    imports: &[String],
    instructions: Option<&str>,
) -> String {
    let mut p = String::with_capacity(4096);
    p.push_str(
        "You are an expert assistant who solves tasks by writing Python code. You will be \
given a task to solve as best you can. You have access to tools: Python functions you \
call from your code.\n\n\
Work in a cycle of 'Thought:', 'Code:' and 'Observation:' steps. In 'Thought:', explain \
your reasoning and which tools you want to use. In 'Code:', write simple Python in a \
```py code block that ends with '```",
    );
    p.push_str(END_CODE);
    p.push_str(
        "'. Use print() to keep what you will need: what you print appears in the \
'Observation:' of the next step, together with the value of the code's last line. When \
you have the answer, call final_answer(answer) in your code.\n\n\
Example:\n\
Task: \"What is 17 * 23, plus the number of letters in 'minion'?\"\n\n\
Thought: I will compute the product and the length, then give the final answer.\n\
Code:\n```py\nproduct = 17 * 23\nprint(product)\nfinal_answer(product + len('minion'))\n```",
    );
    p.push_str(END_CODE);
    p.push_str(
        "\n\nYou can use these tools (and nothing else from outside the sandbox):\n```python\n",
    );
    for (spec, is_async) in tools {
        if spec.name == "final_answer" {
            continue;
        }
        p.push_str(spec.python_stub(*is_async).trim_end());
        p.push_str("\n\n");
    }
    p.push_str(FINAL_ANSWER_STUB);
    p.push_str("\n```\n");
    if tools.iter().any(|(_, is_async)| *is_async) {
        p.push_str(
            "\nTools defined with `async def` return coroutines: call them with `await` \
(top-level `await` works), e.g. `page = await fetch_url(url)`. Run independent calls \
concurrently with `import asyncio` and `results = await asyncio.gather(tool(a), tool(b))`.\n",
        );
    }
    p.push_str("\nRules:\n");
    p.push_str(&format!(
        "1. Always give a 'Thought:' and a 'Code:' with a ```py block ending with ```{END_CODE}.\n"
    ));
    p.push_str("2. Use only variables you have defined; call tools with the arguments their signature names.\n");
    p.push_str("3. Do not name a variable like a tool.\n");
    p.push_str(&format!(
        "4. You may import only these modules: {}.\n",
        imports.join(", ")
    ));
    p.push_str("5. The state persists between steps: variables and imports of one step remain available in the next.\n");
    p.push_str("6. If the code fails, read the error in the Observation and fix the code; do not repeat the same mistake.\n");
    if let Some(extra) = instructions {
        p.push('\n');
        p.push_str(extra.trim());
        p.push('\n');
    }
    p.push_str("\nNow begin!");
    p
}

/// The first user message of a run.
pub fn task_message(task: &str) -> String {
    format!("New task:\n{task}")
}
