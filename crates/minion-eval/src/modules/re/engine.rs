//! Compiled patterns: the engine behind a Python pattern, search at a byte position
//! (`search`, `match`, `fullmatch` modes), and the per-executor compile cache.
//!
//! Most patterns run on `regex-automata`'s meta regex (linear time, never backtracks).
//! Patterns with lookaround, backreferences, atomic groups, possessive repeats or
//! conditionals run on `fancy-regex`, whose backtracking is bounded by
//! [`BACKTRACK_LIMIT`]. Every search runs on the haystack cut at `endpos`, so `$` and
//! lookahead see the end where Python does.
//!
//! Python's `$` outside multiline mode also matches before a final `\n`. The
//! linear-time translation writes it as `\z`, which is the same on any haystack not
//! ending in `\n`; for a haystack that does, the pattern's `fancy-regex` translation
//! (where `$` is `(?=\n?\z)`) runs instead.

use std::collections::VecDeque;
use std::sync::{Arc, OnceLock};

use regex_automata::meta;
use regex_automata::{Anchored, Input};

use super::translate::{translate, ErrKind, PatErr, Translated};

/// Backtracking steps one `fancy-regex` search may take before it gives up (that
/// crate's default; about a few milliseconds of work).
pub const BACKTRACK_LIMIT: usize = 1_000_000;

/// Compiled patterns kept per executor (CPython's `re` keeps 512).
const CACHE_SIZE: usize = 128;

/// How a search is anchored.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    /// Anywhere from the start position on.
    Search,
    /// At the start position.
    Match,
    /// At the start position, up to the end of the haystack.
    Full,
}

/// Why a search failed.
#[derive(Debug)]
pub struct RunErr(pub String);

/// One regex engine with its anchored variants, built on first use.
enum Engine {
    Meta {
        re: meta::Regex,
        full: OnceLock<Option<meta::Regex>>,
        src: String,
    },
    Fancy(Box<FancyEngine>),
}

/// A `fancy-regex` pattern with its `match` and `fullmatch` forms.
struct FancyEngine {
    re: fancy_regex::Regex,
    anchored: OnceLock<Option<fancy_regex::Regex>>,
    full: OnceLock<Option<fancy_regex::Regex>>,
    src: String,
}

/// A compiled Python pattern.
pub struct Compiled {
    /// The source pattern.
    pub pattern: String,
    /// Flags as `Pattern.flags` reports them.
    pub flags: u32,
    /// Number of capturing groups.
    pub groups: usize,
    /// Group names and numbers, in definition order.
    pub names: Vec<(String, usize)>,
    close_pos: Vec<usize>,
    main: Engine,
    /// The engine for haystacks ending in `\n` when the pattern has a plain `$`.
    nl: Option<OnceLock<Option<Engine>>>,
}

impl std::fmt::Debug for Compiled {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "re.compile({:?}, {})", self.pattern, self.flags)
    }
}

fn fancy(src: &str) -> Result<fancy_regex::Regex, String> {
    fancy_regex::RegexBuilder::new(src)
        .backtrack_limit(BACKTRACK_LIMIT)
        .build()
        .map_err(|e| match e {
            fancy_regex::Error::CompileError(fancy_regex::CompileError::LookBehindNotConst) => {
                "look-behind requires fixed-width pattern".to_string()
            }
            e => {
                let msg = e.to_string();
                if msg.contains("NFA") || msg.contains("size limit") {
                    TOO_LARGE.to_string()
                } else {
                    msg
                }
            }
        })
}

/// What a pattern past the engines' compiled-size limits (10 MB of automaton, which
/// also bounds compile time) reports.
const TOO_LARGE: &str = "pattern too large for this executor's regex engine";

fn meta_regex(src: &str) -> Result<meta::Regex, String> {
    meta::Regex::new(src).map_err(|e| match e.size_limit() {
        Some(_) => TOO_LARGE.to_string(),
        None => e.to_string(),
    })
}

fn build_fancy(t: &Translated) -> Result<Engine, PatErr> {
    let re = fancy(&t.regex).map_err(|m| PatErr::other(ErrKind::Re, m))?;
    Ok(Engine::Fancy(Box::new(FancyEngine {
        re,
        anchored: OnceLock::new(),
        full: OnceLock::new(),
        src: t.regex.clone(),
    })))
}

impl Compiled {
    /// Compiles `pattern` with `flags`.
    pub fn new(pattern: &str, flags: u32) -> Result<Compiled, PatErr> {
        let t = translate(pattern, flags, false)?;
        let (main, nl) = if t.needs_fancy {
            let t = translate(pattern, flags, true)?;
            (build_fancy(&t)?, None)
        } else {
            match meta_regex(&t.regex) {
                Ok(re) => (
                    Engine::Meta {
                        re,
                        full: OnceLock::new(),
                        src: t.regex.clone(),
                    },
                    t.plain_dollar.then(OnceLock::new),
                ),
                Err(msg) => return Err(PatErr::other(ErrKind::Re, msg)),
            }
        };
        Ok(Compiled {
            pattern: pattern.to_string(),
            flags: t.flags,
            groups: t.groups,
            names: t.names,
            close_pos: t.close_pos,
            main,
            nl,
        })
    }

    /// The group number of `name`.
    pub fn group_index(&self, name: &str) -> Option<usize> {
        self.names.iter().find(|(n, _)| n == name).map(|(_, g)| *g)
    }

    /// The name of group `g`.
    pub fn group_name(&self, g: usize) -> Option<&str> {
        self.names
            .iter()
            .find(|(_, i)| *i == g)
            .map(|(n, _)| n.as_str())
    }

    /// `Match.lastindex`: of the groups that matched, the one that closed last.
    pub fn last_index(&self, spans: &[Option<(usize, usize)>]) -> Option<usize> {
        let mut best: Option<(usize, usize, usize)> = None;
        for (g, span) in spans.iter().enumerate().skip(1) {
            if let Some((_, end)) = *span {
                let key = (end, self.close_pos.get(g - 1).copied().unwrap_or(0));
                if best.is_none_or(|(e, c, _)| key > (e, c)) {
                    best = Some((key.0, key.1, g));
                }
            }
        }
        best.map(|(_, _, g)| g)
    }

    fn engine_for(&self, hay: &str) -> &Engine {
        if let Some(cell) = &self.nl {
            if hay.ends_with('\n') {
                let nl = cell.get_or_init(|| {
                    let t = translate(&self.pattern, self.flags, true).ok()?;
                    build_fancy(&t).ok()
                });
                if let Some(e) = nl {
                    return e;
                }
            }
        }
        &self.main
    }

    /// The first match in `hay` at or after byte `at` (anchored there for `Match` and
    /// `Full`): appends the spans of group 0 and, with `caps`, of every group to `out`
    /// and returns whether there was a match.
    pub fn find(
        &self,
        hay: &str,
        at: usize,
        mode: Mode,
        caps: bool,
        out: &mut Vec<Option<(usize, usize)>>,
    ) -> Result<bool, RunErr> {
        if at > hay.len() {
            return Ok(false);
        }
        match self.engine_for(hay) {
            Engine::Meta { re, full, src } => {
                let re = match mode {
                    Mode::Full => full
                        .get_or_init(|| meta_regex(&format!("(?:{src})\\z")).ok())
                        .as_ref()
                        .ok_or_else(|| RunErr("could not compile the fullmatch form".into()))?,
                    _ => re,
                };
                let mut input = Input::new(hay).span(at..hay.len());
                if mode != Mode::Search {
                    input = input.anchored(Anchored::Yes);
                }
                if !caps || self.groups == 0 {
                    let Some(m) = re.search(&input) else {
                        return Ok(false);
                    };
                    out.push(Some((m.start(), m.end())));
                    if caps {
                        out.extend(std::iter::repeat_n(None, self.groups));
                    }
                    return Ok(true);
                }
                let mut c = re.create_captures();
                re.search_captures(&input, &mut c);
                if !c.is_match() {
                    return Ok(false);
                }
                out.extend((0..=self.groups).map(|g| c.get_group(g).map(|s| (s.start, s.end))));
                Ok(true)
            }
            Engine::Fancy(f) => {
                let FancyEngine {
                    re,
                    anchored,
                    full,
                    src,
                } = &**f;
                let re = match mode {
                    Mode::Search => re,
                    Mode::Match => anchored
                        .get_or_init(|| fancy(&format!("\\G(?:{src})")).ok())
                        .as_ref()
                        .ok_or_else(|| RunErr("could not compile the match form".into()))?,
                    Mode::Full => full
                        .get_or_init(|| fancy(&format!("\\G(?:{src})\\z")).ok())
                        .as_ref()
                        .ok_or_else(|| RunErr("could not compile the fullmatch form".into()))?,
                };
                let Some(c) = re.captures_from_pos(hay, at).map_err(run_err)? else {
                    return Ok(false);
                };
                let n = if caps { self.groups + 1 } else { 1 };
                out.extend((0..n).map(|g| c.get(g).map(|m| (m.start(), m.end()))));
                Ok(true)
            }
        }
    }
}

fn run_err(e: fancy_regex::Error) -> RunErr {
    RunErr(match e {
        fancy_regex::Error::RuntimeError(fancy_regex::RuntimeError::BacktrackLimitExceeded) => {
            format!(
                "re: the backtracking limit ({BACKTRACK_LIMIT} steps) was hit: the pattern \
                 backtracks catastrophically on this input"
            )
        }
        fancy_regex::Error::RuntimeError(fancy_regex::RuntimeError::StackOverflow) => {
            "re: the backtracking stack limit was hit on this input".to_string()
        }
        e => format!("re: {e}"),
    })
}

/// The compiled patterns of one executor, oldest evicted first (as CPython's cache).
#[derive(Default)]
pub struct Cache {
    entries: VecDeque<CacheEntry>,
}

/// A cached pattern: (source, flags) and its compiled form.
type CacheEntry = ((Box<str>, u32), Arc<Compiled>);

impl std::fmt::Debug for Cache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "re cache ({} patterns)", self.entries.len())
    }
}

impl Cache {
    /// The compiled form of `pattern` with `flags`, compiled now if not cached.
    pub fn get(&mut self, pattern: &str, flags: u32) -> Result<Arc<Compiled>, PatErr> {
        if let Some((_, c)) = self
            .entries
            .iter()
            .find(|((p, f), _)| *f == flags && &**p == pattern)
        {
            return Ok(c.clone());
        }
        let c = Arc::new(Compiled::new(pattern, flags)?);
        if self.entries.len() >= CACHE_SIZE {
            self.entries.pop_front();
        }
        self.entries.push_back(((pattern.into(), flags), c.clone()));
        Ok(c)
    }

    /// `re.purge()`.
    pub fn clear(&mut self) {
        self.entries.clear();
    }
}
