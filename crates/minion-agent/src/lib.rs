//! The agent crate: `CodeMinion`.
//!
//! It will hold (issue "The agent crate"): the `Model` trait, an OpenAI-compatible
//! chat-completions client, the system prompt that lists the tools as Python
//! signatures, code extraction from replies, and the step loop that runs the code in
//! an executor and feeds the observation back. Nothing is exported yet.
