//! The combinatoric iterators: `product`, `permutations`, `combinations` and
//! `combinations_with_replacement`, as CPython's index algorithms. Only the input
//! pools are materialised; each result tuple is built when it is asked for.

use crate::error::PyResult;
use crate::value::Value;
use crate::vm::Vm;

/// `product(*pools)`: an odometer over the pools.
#[derive(Debug)]
pub struct Product {
    /// The input pools (already repeated `repeat` times).
    pub pools: Vec<Vec<Value>>,
    /// The current index into each pool; `None` before the first result.
    pub indices: Option<Vec<usize>>,
    /// Whether the last result has been yielded.
    pub finished: bool,
}

impl Product {
    /// Values the collector must keep alive.
    pub fn children(&self, out: &mut Vec<Value>) {
        for p in &self.pools {
            out.extend_from_slice(p);
        }
    }

    /// Approximate bytes held, for the memory limit.
    pub fn heap_bytes(&self) -> usize {
        self.pools.iter().map(|p| p.len() * 16 + 24).sum()
    }

    /// The next tuple, or `None` when every combination has been yielded.
    pub fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if self.finished {
            return Ok(None);
        }
        match &mut self.indices {
            None => {
                if self.pools.iter().any(|p| p.is_empty()) {
                    self.finished = true;
                    return Ok(None);
                }
                self.indices = Some(vec![0; self.pools.len()]);
            }
            Some(idx) => {
                vm.charge(idx.len() as u64 / 8)?;
                let mut i = idx.len();
                loop {
                    if i == 0 {
                        self.finished = true;
                        return Ok(None);
                    }
                    i -= 1;
                    idx[i] += 1;
                    if idx[i] < self.pools[i].len() {
                        break;
                    }
                    idx[i] = 0;
                }
            }
        }
        let idx = self.indices.as_deref().unwrap_or(&[]);
        vm.check_alloc(idx.len() * 16)?;
        let items: Vec<Value> = idx.iter().zip(&self.pools).map(|(&i, p)| p[i]).collect();
        Ok(Some(vm.new_tuple(items)))
    }
}

/// `permutations(pool, r)` (CPython's `cycles` algorithm).
#[derive(Debug)]
pub struct Permutations {
    /// The input.
    pub pool: Vec<Value>,
    /// Length of each result.
    pub r: usize,
    /// Current arrangement of the pool's indices.
    pub indices: Vec<usize>,
    /// CPython's `cycles`.
    pub cycles: Vec<usize>,
    /// Whether the first result has been yielded.
    pub started: bool,
    /// Whether every result has been yielded.
    pub finished: bool,
}

impl Permutations {
    /// Permutations of length `r` of `pool`.
    pub fn new(pool: Vec<Value>, r: usize) -> Self {
        let n = pool.len();
        let finished = r > n;
        Permutations {
            indices: if finished {
                Vec::new()
            } else {
                (0..n).collect()
            },
            cycles: if finished {
                Vec::new()
            } else {
                (0..r).map(|i| n - i).collect()
            },
            pool,
            r,
            started: false,
            finished,
        }
    }

    fn emit(&self, vm: &mut Vm) -> PyResult<Value> {
        vm.check_alloc(self.r * 16)?;
        let items: Vec<Value> = self.indices[..self.r]
            .iter()
            .map(|&i| self.pool[i])
            .collect();
        Ok(vm.new_tuple(items))
    }

    /// The next tuple, or `None` when done.
    pub fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if self.finished {
            return Ok(None);
        }
        if !self.started {
            self.started = true;
            return self.emit(vm).map(Some);
        }
        let n = self.pool.len();
        if n == 0 {
            self.finished = true;
            return Ok(None);
        }
        vm.charge(self.r as u64 / 8)?;
        for i in (0..self.r).rev() {
            self.cycles[i] -= 1;
            if self.cycles[i] == 0 {
                self.indices[i..].rotate_left(1);
                self.cycles[i] = n - i;
            } else {
                let j = self.cycles[i];
                self.indices.swap(i, n - j);
                return self.emit(vm).map(Some);
            }
        }
        self.finished = true;
        Ok(None)
    }
}

/// `combinations(pool, r)` / `combinations_with_replacement(pool, r)`.
#[derive(Debug)]
pub struct Combinations {
    /// The input.
    pub pool: Vec<Value>,
    /// Length of each result.
    pub r: usize,
    /// The pool indices of the current result.
    pub indices: Vec<usize>,
    /// With replacement (`combinations_with_replacement`).
    pub replace: bool,
    /// Whether the first result has been yielded.
    pub started: bool,
    /// Whether every result has been yielded.
    pub finished: bool,
}

impl Combinations {
    /// Combinations of length `r` of `pool`, with or without replacement.
    pub fn new(pool: Vec<Value>, r: usize, replace: bool) -> Self {
        let n = pool.len();
        let finished = if replace { n == 0 && r > 0 } else { r > n };
        Combinations {
            indices: if finished {
                Vec::new()
            } else if replace {
                vec![0; r]
            } else {
                (0..r).collect()
            },
            pool,
            r,
            replace,
            started: false,
            finished,
        }
    }

    /// The next tuple, or `None` when done.
    pub fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if self.finished {
            return Ok(None);
        }
        if self.started {
            vm.charge(self.r as u64 / 8)?;
            let (n, r) = (self.pool.len(), self.r);
            let last = |i: usize| if self.replace { n - 1 } else { i + n - r };
            let Some(i) = (0..r).rev().find(|&i| self.indices[i] != last(i)) else {
                self.finished = true;
                return Ok(None);
            };
            let v = self.indices[i] + 1;
            if self.replace {
                self.indices[i..].fill(v);
            } else {
                for (k, slot) in self.indices[i..].iter_mut().enumerate() {
                    *slot = v + k;
                }
            }
        }
        self.started = true;
        vm.check_alloc(self.r * 16)?;
        let items: Vec<Value> = self.indices.iter().map(|&i| self.pool[i]).collect();
        Ok(Some(vm.new_tuple(items)))
    }
}
