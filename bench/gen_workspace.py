#!/usr/bin/env python3
"""Generates a deterministic cargo workspace of tier-L1 Rust for benchmarking sluice.

Same arguments give byte-identical output: the only source of variety is a small
PRNG seeded by --seed, and nothing reads the clock or the environment.

Layout of the output (DIR):
  Cargo.toml                 virtual manifest, members = ["crates/*"]
  crates/bench-lib-NNN/      K library crates; crate i depends on 1-3 crates < i
  crates/bench-app/          one binary crate depending on several libraries
  gen_info.json              what was generated (sizes, crate graph)
  injected_error.json        only with --inject-error: where the error is

Every function is total: integer inputs are first folded into a small range with
rem_euclid and running values are combined with wrapping_* methods, so the binary
never panics in debug mode. Cross-crate calls only reach "basic" items (which call
nothing outside their own unit), so the run time grows linearly with the size.
"""

import argparse
import json
import os
import sys

MASK64 = (1 << 64) - 1


class Rng:
  """splitmix64: tiny, fast, and stable across Python versions (unlike `random`)."""

  def __init__(self, seed):
    self.state = (seed * 0x9E3779B97F4A7C15 + 0x1234567) & MASK64

  def next(self):
    self.state = (self.state + 0x9E3779B97F4A7C15) & MASK64
    z = self.state
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
    return z ^ (z >> 31)

  def below(self, n):
    return self.next() % n

  def between(self, lo, hi):
    return lo + self.below(hi - lo + 1)

  def chance(self, p):
    return (self.next() >> 11) / float(1 << 53) < p

  def pick(self, seq):
    return seq[self.below(len(seq))]

  def sample(self, seq, k):
    items = list(seq)
    for i in range(min(k, len(items))):
      j = i + self.below(len(items) - i)
      items[i], items[j] = items[j], items[i]
    return items[:k]


NOUNS = ["sample", "signal", "packet", "frame", "ledger", "sensor", "vector", "window", "bucket", "cursor",
         "record", "token", "batch", "queue", "shard", "block", "segment", "channel", "metric", "probe",
         "tally", "gauge", "span", "cell", "grid", "tile", "route", "node", "edge", "stream", "pulse",
         "phase", "orbit", "vertex", "spline", "kernel", "filter", "buffer", "lattice", "matrix", "prism",
         "quota", "ratio", "scale", "slot", "stack", "trace", "wave", "anchor", "beacon", "cluster"]
VERBS = ["compute", "fold", "scan", "mix", "blend", "merge", "split", "shift", "rank", "weigh", "count",
         "sweep", "align", "tune", "pack", "spread", "reduce", "measure", "balance", "settle", "project",
         "smooth", "derive", "gather", "stretch", "rotate", "encode", "decode", "sift", "tabulate"]
AREAS = ["codec", "storage", "layout", "metrics", "physics", "audio", "network", "render", "planner",
         "solver", "lexicon", "schedule", "geometry", "finance", "inventory", "telemetry", "routing",
         "cache", "indexing", "stats", "linear", "spectral", "timing", "control", "model", "scoring",
         "history", "buffers", "quantize", "sampling", "weather", "traffic", "harvest", "ledgers",
         "orbits", "fields", "grid_ops", "kinetics", "optics", "acoustics", "ballast", "tiling"]


def camel(word):
  return "".join(part.capitalize() for part in word.split("_"))


def fill(template, **values):
  """Substitutes @name@ placeholders; Rust's braces stay untouched."""
  for key, value in values.items():
    template = template.replace("@" + key + "@", str(value))
  assert "@" not in template.replace("x @ ", ""), template
  return template


def lines_of(template, **values):
  return fill(template, **values).strip("\n").split("\n")


class ApiItem:
  """A basic item another module may call: `name` is imported, `expr` yields an i64 from `{s}`."""

  def __init__(self, name, expr):
    self.name = name
    self.expr = expr


# ---------------------------------------------------------------------------------------------
# Unit templates. Each returns (lines, api items, run function name). A unit only calls into
# itself; run_N exercises it and is called by the module's checksum.
# ---------------------------------------------------------------------------------------------

def unit_record(rng, n):
  t = camel(rng.pick(NOUNS)) + camel(rng.pick(NOUNS)) + str(n)
  f1, f2, f3, f4 = rng.sample(NOUNS, 4)
  text = lines_of("""
/// A @noun@ record kept by the @area@ stage.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct @T@ {
    pub @f1@: i64,
    pub @f2@: i32,
    pub @f3@: f64,
    pub @f4@: bool,
}

impl @T@ {
    pub const LIMIT: i64 = @lim@;
    pub const STEP: i32 = @step@;

    pub fn new(seed: i64) -> Self {
        let base = seed.rem_euclid(Self::LIMIT);
        @T@ {
            @f1@: base,
            @f2@: (base % 97) as i32 + Self::STEP,
            @f3@: base as f64 / @fdiv@.0,
            @f4@: base % @m@ == 0,
        }
    }

    pub fn score(&self) -> i64 {
        let mut acc = self.@f1@;
        for i in 0..@iters@ {
            acc = acc.wrapping_mul(@mul@).wrapping_add(i * self.@f2@ as i64);
        }
        if self.@f4@ {
            acc ^ @mask@
        } else {
            acc.wrapping_sub(self.@f3@ as i64)
        }
    }

    pub fn bump(&mut self, by: i64) {
        self.@f1@ = self.@f1@.wrapping_add(by.rem_euclid(1000));
        self.@f2@ = self.@f2@.wrapping_mul(3) % 1000;
        self.@f3@ = self.@f3@ * 0.5 + 1.25;
        self.@f4@ = !self.@f4@;
    }
}

pub fn run_@n@(seed: i64) -> i64 {
    let mut item = @T@::new(seed);
    let first = item.score();
    item.bump(first);
    let copy = item;
    if copy == item {
        first.wrapping_add(copy.score())
    } else {
        first
    }
}
""", T=t, f1=f1, f2=f2, f3=f3, f4=f4, n=n, noun=rng.pick(NOUNS), area=rng.pick(AREAS),
      lim=rng.between(100, 99999), step=rng.between(1, 50), fdiv=rng.between(2, 40), m=rng.between(2, 9),
      iters=rng.between(3, 16), mul=rng.between(3, 257), mask=hex(rng.between(1, 0xffff)))
  return text, [ApiItem(t, "{name}::new({s}).score()")], "run_%d" % n


def unit_enum(rng, n):
  e = camel(rng.pick(NOUNS)) + "Kind" + str(n)
  modulus = rng.between(12, 400)
  text = lines_of("""
/// Outcome of a @noun@ probe.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum @E@ {
    Empty,
    Level(i64),
    Pair(i32, i32),
    Span { lo: i64, hi: i64 },
}

impl @E@ {
    pub fn classify(x: i64) -> @E@ {
        let v = x.rem_euclid(@mod@);
        match v {
            0 => @E@::Empty,
            1..=@a@ => @E@::Level(v * @k@),
            d if d % 2 == 0 => @E@::Pair(d as i32, (v & 0xf) as i32),
            _ => @E@::Span { lo: v - @w@, hi: v + @w@ },
        }
    }

    pub fn weight(&self) -> i64 {
        match *self {
            @E@::Empty => 1,
            @E@::Level(v) if v > @th@ => v / 3,
            @E@::Level(v) => v + 2,
            @E@::Pair(a, b) => a as i64 * 2 + b as i64,
            @E@::Span { lo, hi } => hi - lo,
        }
    }

    pub fn rank(&self) -> u8 {
        match self {
            @E@::Empty => 0,
            @E@::Level(_) => 1,
            @E@::Pair(..) => 2,
            @E@::Span { .. } => 3,
        }
    }
}

pub fn run_@n@(seed: i64) -> i64 {
    let mut total = 0i64;
    for step in 0..@iters@ {
        let sig = @E@::classify(seed.wrapping_add(step));
        if let @E@::Level(v) = sig {
            total = total.wrapping_add(v);
        } else {
            total = total.wrapping_add(sig.weight() * sig.rank() as i64);
        }
    }
    total
}
""", E=e, n=n, noun=rng.pick(NOUNS), mod=modulus, a=rng.between(1, modulus // 3), k=rng.between(2, 9),
      w=rng.between(1, 30), th=rng.between(5, 500), iters=rng.between(4, 24))
  return text, [ApiItem(e, "{name}::classify({s}).weight()")], "run_%d" % n


def unit_pair(rng, n):
  p = camel(rng.pick(NOUNS)) + "Pair" + str(n)
  u = camel(rng.pick(NOUNS)) + "Defaults" + str(n)
  text = lines_of("""
/// A pair of @noun@ counters.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct @P@(pub i64, pub i64);

/// Marker for the @area@ defaults.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct @U@;

impl @U@ {
    pub const BASE: i64 = @b@;

    pub fn seed_pair(&self, x: i64) -> @P@ {
        @P@(x.rem_euclid(Self::BASE), Self::BASE - x.rem_euclid(7))
    }
}

impl @P@ {
    pub fn swap(self) -> @P@ {
        @P@(self.1, self.0)
    }

    pub fn mix(&self) -> i64 {
        let (a, b) = (self.0, self.1);
        a.wrapping_mul(@k@).wrapping_add(b) ^ (a >> 3)
    }
}

pub fn run_@n@(seed: i64) -> i64 {
    let marker = @U@;
    let pair = marker.seed_pair(seed);
    let swapped = pair.swap();
    let tuple = (pair.mix(), swapped.mix(), swapped == pair);
    match tuple {
        (x, y, true) => x.wrapping_sub(y),
        (x, _, false) if x > @cut@ => x,
        (_, y, _) => y,
    }
}
""", P=p, U=u, n=n, noun=rng.pick(NOUNS), area=rng.pick(AREAS), b=rng.between(10, 5000),
      k=rng.between(3, 99), cut=rng.between(0, 100))
  return text, [ApiItem(u, "{name}.seed_pair({s}).mix()")], "run_%d" % n


def unit_table(rng, n):
  tbl = rng.pick(NOUNS).upper() + "_WEIGHTS_" + str(n)
  fold = rng.pick(VERBS) + "_" + rng.pick(NOUNS) + "_" + str(n)
  count = rng.between(4, 9)
  values = ", ".join(str(rng.between(-50, 300)) for _ in range(count))
  blen = rng.between(6, 16)
  text = lines_of("""
/// Weights for the @noun@ table.
pub const @TBL@: [i64; @len@] = [@vals@];

/// Folds a slice of values with its position into one hash.
pub fn @fold@(values: &[i64], salt: i64) -> i64 {
    let mut acc = salt.rem_euclid(@p@);
    for (i, v) in values.iter().enumerate() {
        acc = acc.wrapping_mul(@k@).wrapping_add(*v ^ i as i64);
    }
    acc
}

pub fn run_@n@(seed: i64) -> i64 {
    let mut buf = [0i64; @blen@];
    let mut i = 0;
    while i < buf.len() {
        buf[i] = seed.rem_euclid(1000) * 3 + i as i64;
        i += 1;
    }
    let head = @fold@(&buf[1..@e@], seed);
    let table = @fold@(&@TBL@, head);
    let last = buf[buf.len() - 1];
    head.wrapping_add(table).wrapping_add(last)
}
""", TBL=tbl, fold=fold, len=count, vals=values, noun=rng.pick(NOUNS), p=rng.between(97, 100003),
      k=rng.between(3, 131), n=n, blen=blen, e=rng.between(2, blen))
  return text, [ApiItem(fold, "{name}(&[{s}, 3, 5], 11)")], "run_%d" % n


def unit_search(rng, n):
  search = rng.pick(VERBS) + "_" + rng.pick(NOUNS) + "_root_" + str(n)
  text = lines_of("""
/// Finds the first integer whose square passes the @noun@ target.
pub fn @search@(limit: i64) -> (i64, bool) {
    let target = limit.rem_euclid(@m@) + @add@;
    let mut n = 0i64;
    let found = loop {
        n += 1;
        if n * n > target {
            break n;
        }
        if n > @cap@ {
            break -1;
        }
    };
    (found, found > 0)
}

pub fn run_@n@(seed: i64) -> i64 {
    let (value, ok) = @search@(seed);
    let mut rest = value;
    let mut steps = 0;
    while rest > 1 {
        rest = if rest % 2 == 0 { rest / 2 } else { rest * 3 + 1 };
        steps += 1;
        if steps > 64 {
            break;
        }
    }
    if ok { steps } else { -steps }
}
""", search=search, n=n, noun=rng.pick(NOUNS), m=rng.between(50, 9000), add=rng.between(1, 40),
      cap=rng.between(10, 90))
  return text, [ApiItem(search, "{name}({s}).0")], "run_%d" % n


def unit_float(rng, n):
  rate = rng.pick(NOUNS).upper() + "_RATE_" + str(n)
  blend = rng.pick(VERBS) + "_" + rng.pick(NOUNS) + "_" + str(n)
  text = lines_of("""
/// Damping applied to @noun@ blends.
pub const @RATE@: f64 = @r@;

pub fn @blend@(a: f64, b: f64) -> f64 {
    let t = (a.abs() % 1.0).clamp(0.0, 1.0);
    let mix = a * (1.0 - t) + b * t * @RATE@;
    mix.abs().sqrt().max(0.5).floor()
}

pub fn run_@n@(seed: i64) -> i64 {
    let x = seed.rem_euclid(10_000) as f64 / 13.0;
    let mut total = 0.0f64;
    for i in 0..@iters@ {
        total += @blend@(x + i as f64, @c@);
    }
    total.round() as i64
}
""", RATE=rate, blend=blend, n=n, noun=rng.pick(NOUNS), r="%d.%03d" % (rng.between(0, 3), rng.below(1000)),
      iters=rng.between(3, 20), c="%d.%d" % (rng.between(0, 90), rng.below(10)))
  return text, [ApiItem(blend, "{name}({s} as f64, 2.0) as i64")], "run_%d" % n


def unit_letters(rng, n):
  label = rng.pick(NOUNS).upper() + "_LABEL_" + str(n)
  letters = rng.pick(VERBS) + "_letters_" + str(n)
  text = lines_of("""
/// Label used in @noun@ reports.
pub static @LABEL@: &str = "@word@-@n@";

pub fn @letters@(seed: u32) -> u32 {
    let mut count = 0u32;
    'outer: for i in 0..@k@u32 {
        let c = (b'a' + ((seed % 1000 + i) % 26) as u8) as char;
        for j in 0..3u32 {
            if c.is_ascii_lowercase() && (i + j) % @q@ == 0 {
                continue 'outer;
            }
        }
        count = count.wrapping_add(c as u32 * (i + 1));
    }
    count.wrapping_add(@LABEL@.len() as u32)
}

pub fn run_@n@(seed: i64) -> i64 {
    let code = @letters@(seed.rem_euclid(100_000) as u32);
    let upper = ((code % 26) as u8 + b'A') as char;
    let lower = upper.to_ascii_lowercase();
    code as i64 + lower as i64 - upper as i64
}
""", LABEL=label, letters=letters, n=n, noun=rng.pick(NOUNS), word=rng.pick(NOUNS), k=rng.between(5, 40),
      q=rng.between(3, 11))
  return text, [ApiItem(letters, "{name}({s}.rem_euclid(5000) as u32) as i64")], "run_%d" % n


def unit_summary(rng, n):
  c = camel(rng.pick(NOUNS)) + "Summary" + str(n)
  summ = "summarize_" + rng.pick(NOUNS) + "_" + str(n)
  text = lines_of("""
/// Running count, total and peak of @noun@ values.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct @C@ {
    pub count: u32,
    pub total: i64,
    pub peak: i64,
}

impl @C@ {
    pub const EMPTY: @C@ = @C@ { count: 0, total: 0, peak: i64::MIN };

    pub fn add(&mut self, v: i64) {
        self.count += 1;
        self.total = self.total.wrapping_add(v);
        self.peak = self.peak.max(v);
    }

    pub fn mean(&self) -> i64 {
        if self.count == 0 { 0 } else { self.total / self.count as i64 }
    }
}

pub fn @summ@(values: &[i64]) -> @C@ {
    let mut c = @C@::EMPTY;
    for &v in values {
        c.add(v);
    }
    c
}

pub fn run_@n@(seed: i64) -> i64 {
    let base = seed.rem_euclid(@m@);
    let data = [base, base + 3, base * 2, base / 3 + 1, @k@];
    let c = @summ@(&data);
    let edge = match data {
        [first, .., last] => first - last,
    };
    let mid = match &data[1..4] {
        [x, y, z] => *x + *y - *z,
        _ => 0,
    };
    c.mean().wrapping_add(c.peak).wrapping_add(edge).wrapping_add(mid)
}
""", C=c, summ=summ, n=n, noun=rng.pick(NOUNS), m=rng.between(10, 5000), k=rng.between(-99, 999))
  return text, [ApiItem(summ, "{name}(&[{s}, 2, 9]).mean()")], "run_%d" % n


def unit_packed(rng, n):
  alias = camel(rng.pick(NOUNS)) + "Lanes" + str(n)
  pack = "pack_" + rng.pick(NOUNS) + "_" + str(n)
  text = lines_of("""
/// Four @noun@ lanes packed side by side.
pub type @Alias@ = [u16; 4];

pub fn @pack@(seed: i64) -> @Alias@ {
    let s = seed.rem_euclid(65_536) as u16;
    [s, s.rotate_left(@r@), s.swap_bytes(), s.wrapping_mul(@k@)]
}

pub fn run_@n@(seed: i64) -> i64 {
    let packed = @pack@(seed);
    let mut acc = 0u64;
    for (i, v) in packed.iter().enumerate() {
        acc = acc.wrapping_add((*v as u64) << (i * 4));
        acc ^= v.count_ones() as u64;
    }
    (acc % 1_000_000_007) as i64 + packed[0].leading_zeros() as i64
}
""", Alias=alias, pack=pack, n=n, noun=rng.pick(NOUNS), r=rng.between(1, 15), k=rng.between(3, 999))
  return text, [ApiItem(pack, "{name}({s})[1] as i64")], "run_%d" % n


def unit_lookup(rng, n):
  tbl = rng.pick(NOUNS).upper() + "_BYTES_" + str(n)
  lookup = "lookup_" + rng.pick(NOUNS) + "_" + str(n)
  inner = rng.pick(NOUNS) + "_bits_" + str(n)
  values = ", ".join(str(rng.between(0, 255)) for _ in range(8))
  text = lines_of("""
/// Byte table for @noun@ lookups.
pub static @TBL@: [u8; 8] = [@vals@];

#[inline]
pub fn @lookup@(index: usize) -> u8 {
    @TBL@[index % @TBL@.len()]
}

/// Bit spreading helpers kept next to their only caller.
pub mod @inner@ {
    pub const SHIFT: u32 = @k@;

    pub fn spread(x: u64) -> u64 {
        (x << SHIFT) ^ (x >> 2)
    }
}

pub fn run_@n@(seed: i64) -> i64 {
    let mut acc: u64 = 0;
    for i in (0..@k2@).rev() {
        let b = @lookup@(i + seed.rem_euclid(97) as usize);
        acc = @inner@::spread(acc.wrapping_add(b as u64)) % 1_000_003;
    }
    acc as i64
}
""", TBL=tbl, lookup=lookup, inner=inner, vals=values, n=n, noun=rng.pick(NOUNS), k=rng.between(1, 9),
      k2=rng.between(3, 30))
  return text, [ApiItem(lookup, "{name}({s}.rem_euclid(64) as usize) as i64")], "run_%d" % n


def unit_steps(rng, n):
  name = rng.pick(VERBS) + "_steps_" + str(n)
  text = lines_of("""
/* Sums squares over a strided @noun@ range, then trims the first few values. */
pub fn @name@(lo: i64, hi: i64) -> i64 {
    let start = lo.rem_euclid(100);
    let end = start + hi.rem_euclid(400) + 1;
    let mut acc = 0i64;
    for v in (start..end).step_by(@k@) {
        acc += v * v % @p@;
    }
    for v in start..=start + @t@ {
        acc -= v;
    }
    acc
}

pub fn run_@n@(seed: i64) -> i64 {
    let a = @name@(seed, @h@);
    let b = @name@(seed / 7, seed);
    let sign = match a.signum() {
        -1 => -1,
        0 => 0,
        _ => 1,
    };
    a.wrapping_mul(sign).wrapping_add(b.abs_diff(a) as i64)
}
""", name=name, n=n, noun=rng.pick(NOUNS), k=rng.between(1, 9), p=rng.between(97, 9973),
      t=rng.between(1, 6), h=rng.between(1, 500))
  return text, [ApiItem(name, "{name}({s}, 42)")], "run_%d" % n


UNIT_KINDS = [unit_record, unit_enum, unit_pair, unit_table, unit_search, unit_float, unit_letters,
              unit_summary, unit_packed, unit_lookup, unit_steps]


# ---------------------------------------------------------------------------------------------
# Workspace model
# ---------------------------------------------------------------------------------------------

class ModuleNode:
  def __init__(self, name, parent):
    self.name = name
    self.parent = parent
    self.children = []
    self.use_mod_rs = False  # with children: `m/mod.rs` rather than `m.rs` + `m/`
    self.api = []            # ApiItem list published by this module

  def segments(self):
    node, out = self, []
    while node is not None:
      out.append(node.name)
      node = node.parent
    return list(reversed(out))

  def depth(self):
    return len(self.segments())

  def rel_file(self):
    segs = self.segments()
    if self.children and self.use_mod_rs:
      return "/".join(segs) + "/mod.rs"
    return "/".join(segs) + ".rs"


class CrateModel:
  def __init__(self, index):
    self.index = index
    self.package = "bench-lib-%03d" % index
    self.crate_name = self.package.replace("-", "_")
    self.deps = []          # list of (CrateModel, name used in code)
    self.modules = []       # pre-order
    self.top_modules = []
    self.reexports = []     # ApiItem reachable as `crate_name::Item`
    self.line_target = 0

  def dir(self):
    return "crates/" + self.package


class Generator:
  def __init__(self, args):
    self.args = args
    self.rng = Rng(args.seed)
    self.serial = 0
    self.files = {}         # relative path -> text
    self.lines_written = 0
    self.inject = None      # (crate index or "bin") chosen from --inject-error
    self.injected = None

  # -- helpers --------------------------------------------------------------------------------

  def next_serial(self):
    self.serial += 1
    return self.serial

  def write(self, path, lines):
    text = "\n".join(lines) + "\n"
    assert path not in self.files, path
    self.files[path] = text
    if path.endswith(".rs"):
      self.lines_written += len(lines)

  # -- planning -------------------------------------------------------------------------------

  def plan_crates(self):
    rng, k = self.rng, self.args.crates
    crates = [CrateModel(i) for i in range(k)]
    for c in crates[1:]:
      count = rng.between(1, min(3, c.index))
      recent = max(0, c.index - 4)
      chosen = [rng.between(recent, c.index - 1)]
      others = [i for i in range(c.index) if i not in chosen]
      chosen += rng.sample(others, count - 1)
      for i in sorted(chosen):
        dep = crates[i]
        alias = dep.crate_name
        if rng.chance(0.1):
          alias = "dep_%s_%d" % (rng.pick(AREAS), i)  # exercised: `package = "..."` renames
        c.deps.append((dep, alias))
    weights = [0.6 + rng.below(800) / 1000.0 for _ in crates]
    lib_budget = self.args.lines - self.estimate_app_lines(crates)
    total_w = sum(weights)
    for c, w in zip(crates, weights):
      c.line_target = lib_budget * w / total_w
    return crates

  def plan_modules(self, crate):
    rng = self.rng
    files = max(2, round(crate.line_target / self.args.module_lines))
    used_names = {}
    for _ in range(files):
      candidates = [m for m in crate.modules if m.depth() < 3]
      parent = None
      if crate.modules and rng.chance(0.45) and candidates:
        parent = rng.pick(candidates)
      siblings = used_names.setdefault(id(parent), set())
      name = rng.pick(AREAS)
      while name in siblings:
        name = rng.pick(AREAS) + "_" + str(rng.between(2, 99))
      siblings.add(name)
      node = ModuleNode(name, parent)
      node.use_mod_rs = rng.chance(0.5)
      if parent is None:
        crate.top_modules.append(node)
      else:
        parent.children.append(node)
      crate.modules.append(node)
    # Pre-order, so a parent is generated before its children (children may `use super::...`).
    ordered = []
    stack = list(reversed(crate.top_modules))
    while stack:
      node = stack.pop()
      ordered.append(node)
      stack.extend(reversed(node.children))
    crate.modules = ordered

  def estimate_app_lines(self, crates):
    return 40 + 2 * len(self.main_deps(crates))

  def main_deps(self, crates):
    """The binary depends on every crate nobody else uses, plus a few more (or on all)."""
    if not crates:
      return []
    if self.args.main_deps == "all":
      return list(crates)
    used = {dep.index for c in crates for dep, _ in c.deps}
    sinks = [c for c in crates if c.index not in used]
    rest = [c for c in crates if c.index in used]
    extra = Rng(self.args.seed + 17).sample(rest, min(len(rest), 3))
    return sorted(sinks + extra, key=lambda c: c.index)

  # -- module bodies --------------------------------------------------------------------------

  def module_sources(self, crate, node, done_modules):
    """Where a bridge may reach: (api item, how to name it) from this module, parent, crate, deps."""
    rng = self.rng
    sources = []
    if done_modules:
      other = rng.pick(done_modules)
      if other is node.parent:
        sources.append(("super", other))
      else:
        sources.append(("crate", other))
    for _ in range(rng.between(1, 2) if crate.deps else 0):
      dep, alias = rng.pick(crate.deps)
      if dep.reexports and rng.chance(0.3):
        sources.append(("reexport", (dep, alias)))
      else:
        sources.append(("dep", (dep, alias, rng.pick(dep.modules))))
    return sources

  def bridge(self, crate, node, local_api, done_modules, imports, glob_paths):
    rng = self.rng
    n = self.next_serial()
    name = "%s_%s_%d" % (rng.pick(VERBS), rng.pick(NOUNS), n)
    exprs = []
    if local_api:
      exprs.append(self.local_expr(rng.pick(local_api)))
    for kind, target in self.module_sources(crate, node, done_modules):
      if kind == "reexport":
        dep, alias = target
        path, item = alias, rng.pick(dep.reexports)
      elif kind == "dep":
        dep, alias, module = target
        path, item = "::".join([alias] + module.segments()), rng.pick(module.api)
      elif kind == "super":
        path, item = "super", rng.pick(target.api)
      else:
        path, item = "::".join(["crate"] + target.segments()), rng.pick(target.api)
      exprs.append(self.imported_expr(path, item, imports, glob_paths))
    if not exprs:
      return []
    out = ["", "/// Combines %d helpers from this and other modules." % len(exprs),
           "pub fn %s(seed: i64) -> i64 {" % name,
           "    let s = seed.rem_euclid(10_000);",
           "    let mut acc: i64 = %d;" % rng.between(1, 9999)]
    for i, expr in enumerate(exprs):
      if rng.chance(0.5):
        out.append("    let part_%d = %s;" % (i, expr))
        out.append("    acc = acc.wrapping_mul(%d).wrapping_add(part_%d);" % (rng.between(3, 97), i))
      else:
        out.append("    acc = acc.rotate_left(%d) ^ %s;" % (rng.between(1, 31), expr))
    out += ["    acc", "}"]
    return out, name

  def local_expr(self, item):
    return item.expr.replace("{name}", item.name).replace("{s}", "s")

  def imported_expr(self, path, item, imports, glob_paths):
    """Names `item` from `path` one of three ways: `use p::Item`, `use p::*`, or a full path.

    `imports` and `glob_paths` map a path to the names used through it; a name already in
    scope is used bare, since a second `use` of it would be E0252 and a glob whose only name
    is later imported explicitly would be an unused import.
    """
    rng = self.rng
    roll = rng.below(10)
    in_scope = set().union(*imports.values(), *glob_paths.values())
    if item.name in in_scope:
      ref = item.name
    elif path in glob_paths:
      glob_paths[path].add(item.name)
      ref = item.name
    elif roll < 5:
      imports.setdefault(path, set()).add(item.name)
      ref = item.name
    elif roll < 6 and "::" in path and not path.startswith("crate"):
      # Globs only over a dependency's modules, never its root: a root glob would also bring in
      # the root's re-exports, and a name reachable through two globs leaves one of them unused.
      glob_paths[path] = {item.name}
      ref = item.name
    else:
      ref = path + "::" + item.name
    return item.expr.replace("{name}", ref).replace("{s}", "s")

  def gen_module(self, crate, node, done_modules, target_lines):
    rng = self.rng
    body, local_api, run_fns, imports, glob_paths = [], [], [], {}, {}
    # The checksum, header and declarations cost about this many lines besides the units.
    fixed = 8 + len(node.children)
    while True:
      estimate = len(body) + fixed + len(run_fns) + len(imports) + len(glob_paths)
      if run_fns and estimate >= target_lines:
        break
      unit = rng.pick(UNIT_KINDS)
      text, api, run_fn = unit(rng, self.next_serial())
      if self.wants_injection(crate) and not self.injected and run_fn:
        text = self.inject_into(text, run_fn)
      body.append("")
      body += text
      run_fns.append(run_fn)
      if len(run_fns) % 3 == 0 or rng.chance(0.15):
        made = self.bridge(crate, node, local_api, done_modules, imports, glob_paths)
        if made:
          lines, name = made
          body += lines
          run_fns.append(name)
      local_api += api
    node.api = local_api
    out = ["//! %s: generated module %s of %s." % (node.name, "::".join(node.segments()), crate.crate_name)]
    if imports or glob_paths:
      out.append("")
    for path in sorted(imports):
      names = sorted(imports[path])
      if len(names) == 1:
        out.append("use %s::%s;" % (path, names[0]))
      else:
        out.append("use %s::{%s};" % (path, ", ".join(names)))
    for path in sorted(glob_paths):
      out.append("use %s::*;" % path)
    if node.children:
      out.append("")
      out += ["pub mod %s;" % child.name for child in node.children]
    out += body
    out += self.checksum_fn(node, run_fns)
    return out

  def checksum_fn(self, node, run_fns):
    rng = self.rng
    out = ["", "/// Folds every helper of this module (and its submodules) into one value.",
           "pub fn checksum(seed: i64) -> i64 {",
           "    let mut acc: i64 = seed.rem_euclid(1_000_003);"]
    for fn in run_fns:
      out.append("    acc = acc.wrapping_mul(%d).wrapping_add(%s(seed));" % (rng.between(3, 251), fn))
    for child in node.children:
      out.append("    acc = acc.rotate_left(7) ^ self::%s::checksum(seed.wrapping_add(1));" % child.name)
    out += ["    acc", "}"]
    return out

  # -- error injection ------------------------------------------------------------------------

  def wants_injection(self, crate):
    return self.inject is not None and self.inject == crate.index

  def inject_into(self, text, run_fn):
    head = "pub fn %s(seed: i64) -> i64 {" % run_fn
    at = text.index(head) + 1
    if self.args.error_kind == "type":
      line = '    let injected_error: i64 = "sluice";'
      column = line.index('"') + 1
      info = {"kind": "type", "code": "E0308", "message": "mismatched types"}
    else:
      line = "    let injected_error = 1 + ;"
      column = line.index(";") + 1
      info = {"kind": "syntax", "code": None, "message": "expected expression, found `;`"}
    self.injected = {"offset_in_unit": at, "text": line, "column": column, **info}
    return text[:at] + [line] + text[at:]

  # -- files ----------------------------------------------------------------------------------

  def gen_crate(self, crate, cumulative_target):
    done = []
    for node in crate.modules:
      share = crate.line_target / len(crate.modules)
      cumulative_target += share
      before = self.lines_written
      mark = self.injected
      lines = self.gen_module(crate, node, done, cumulative_target - self.lines_written)
      path = crate.dir() + "/src/" + node.rel_file()
      if self.injected is not mark:
        self.locate_injection(crate, path, lines)
      self.write(path, lines)
      assert self.lines_written > before
      done.append(node)
    self.pick_reexports(crate)
    self.write(crate.dir() + "/src/lib.rs", self.lib_rs(crate))
    self.write(crate.dir() + "/Cargo.toml", self.manifest(crate.package, crate.deps))
    return cumulative_target

  def locate_injection(self, crate, path, lines):
    row = lines.index(self.injected["text"]) + 1
    self.injected = {"crate": crate.package, "crate_name": crate.crate_name, "file": path, "line": row,
                     "column": self.injected["column"], "kind": self.injected["kind"],
                     "code": self.injected["code"], "message": self.injected["message"],
                     "text": self.injected["text"].strip()}

  def pick_reexports(self, crate):
    rng = self.rng
    for node in crate.modules:
      if node.api and rng.chance(0.3):
        item = rng.pick(node.api)
        crate.reexports.append((node, item))

  def lib_rs(self, crate):
    deps = ", ".join(alias for _, alias in crate.deps) or "nothing"
    out = ["//! %s: generated library crate of the sluice benchmark workspace." % crate.crate_name,
           "//! Depends on %s." % deps, ""]
    out += ["pub mod %s;" % m.name for m in crate.top_modules]
    if crate.reexports:
      out.append("")
      for node, item in crate.reexports:
        out.append("pub use crate::%s::%s;" % ("::".join(node.segments()), item.name))
    crate.reexports = [item for _, item in crate.reexports]
    out += ["", "/// Identifier of this crate inside the benchmark workspace.",
            "pub const CRATE_ID: u32 = %d;" % crate.index, "",
            "/// Folds the checksums of every top-level module of this crate.",
            "pub fn crate_checksum(seed: i64) -> i64 {",
            "    let mut acc = seed ^ CRATE_ID as i64;"]
    for m in crate.top_modules:
      out.append("    acc = acc.wrapping_mul(1_000_003).wrapping_add(%s::checksum(seed));" % m.name)
    out += ["    acc", "}"]
    return out

  def manifest(self, package, deps):
    out = ["[package]", 'name = "%s"' % package, 'version = "0.1.0"', 'edition = "2021"', "publish = false"]
    out += ["", "[dependencies]"]
    for dep, alias in deps:
      if alias == dep.crate_name:
        out.append('%s = { path = "../%s" }' % (dep.package, dep.package))
      else:
        out.append('%s = { path = "../%s", package = "%s" }' % (alias, dep.package, dep.package))
    return out

  def gen_app(self, crates):
    deps = [(c, c.crate_name) for c in self.main_deps(crates)]
    self.write("crates/bench-app/Cargo.toml", self.manifest("bench-app", deps))
    self.write("crates/bench-app/src/report.rs", [
        "//! Printing helpers for the benchmark binary.",
        "",
        "/// Prints one crate's checksum as a table row.",
        "pub fn line(index: usize, name: &str, value: i64) {",
        '    println!("{:>3} {:<16} {:>20} {:#018x}", index, name, value, value as u64);',
        "}",
        "",
        "/// Prints the final checksum; the format is part of the workspace's expected output.",
        "pub fn total(value: u64, parts: usize, ratio: f64) {",
        '    println!("checksum: {:016x} ({} crates, ratio {:.3})", value, parts, ratio);',
        "}"])
    out = ["//! bench-app: calls into its dependencies and prints a deterministic checksum.", "",
           "mod report;", ""]
    if deps:
      first = deps[0][0]
      item = next((m.api[0] for m in first.modules if m.api), None)
      module = next(m for m in first.modules if m.api)
      out.append("use %s::%s::%s;" % (first.crate_name, "::".join(module.segments()), item.name))
      out.append("")
    out += ["fn main() {", "    let seed: i64 = %d;" % (self.args.seed % 1000 + 1),
            "    let mut total: u64 = 0;",
            "    let parts: [(&str, i64); %d] = [" % len(deps)]
    for c, alias in deps:
      out.append('        ("%s", %s::crate_checksum(seed)),' % (c.crate_name, alias))
    out += ["    ];",
            "    for (i, (name, value)) in parts.iter().enumerate() {",
            "        report::line(i, name, *value);",
            "        total = total.rotate_left(5) ^ (*value as u64);",
            "    }"]
    if deps:
      out.append("    let probe = %s;" % item.expr.replace("{name}", item.name).replace("{s}", "seed"))
      out.append('    println!("probe: {:>12}", probe);')
      out.append("    total = total.wrapping_add(probe as u64);")
    out += ["    let ratio = (total % 1000) as f64 / 7.0;",
            "    report::total(total, parts.len(), ratio);",
            "}"]
    self.write("crates/bench-app/src/main.rs", out)

  def resolve_injection_target(self, crates):
    sel = self.args.inject_error
    if sel is None:
      return None
    by_name = {c.package: c.index for c in crates}
    by_name.update({c.crate_name: c.index for c in crates})
    if sel == "leaf":
      return 0
    if sel == "root":
      used = {dep.index for c in crates for dep, _ in c.deps}
      return max(c.index for c in crates if c.index not in used)
    if sel.isdigit() and int(sel) < len(crates):
      return int(sel)
    if sel in by_name:
      return by_name[sel]
    sys.exit("gen_workspace: unknown crate selector %r (use root, leaf, an index or a crate name)" % sel)

  def run(self):
    crates = self.plan_crates()
    for c in crates:
      self.plan_modules(c)
    self.inject = self.resolve_injection_target(crates)
    cumulative = 0.0
    for c in crates:
      cumulative = self.gen_crate(c, cumulative)
    self.gen_app(crates)
    self.write("Cargo.toml", [
        "# Generated by bench/gen_workspace.py (seed %d): do not edit by hand." % self.args.seed,
        "[workspace]", 'members = ["crates/*"]', 'resolver = "2"'])
    return crates


def parse_args(argv):
  p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
  p.add_argument("--lines", type=int, default=100000, help="target total lines of Rust (hit within 5%%)")
  p.add_argument("--crates", type=int, default=0, help="library crates (default: one per ~5000 lines)")
  p.add_argument("--seed", type=int, default=1)
  p.add_argument("--out", required=True, help="output directory (must not exist or be empty)")
  p.add_argument("--inject-error", metavar="CRATE_SELECTOR", default=None,
                 help="root (the library nearest the binary), leaf (bench-lib-000), an index or a crate name")
  p.add_argument("--error-kind", choices=["syntax", "type"], default="type")
  p.add_argument("--main-deps", choices=["several", "all"], default="several",
                 help="the binary depends on the DAG's sinks plus a few (several) or on every library (all)")
  p.add_argument("--module-lines", type=int, default=600, help="average lines per module file")
  p.add_argument("--force", action="store_true", help="overwrite a non-empty output directory's files")
  args = p.parse_args(argv)
  if args.lines < 500:
    p.error("--lines must be at least 500")
  if args.crates <= 0:
    args.crates = max(2, round(args.lines / 5000))
  return args


def main(argv):
  args = parse_args(argv)
  if os.path.isdir(args.out) and os.listdir(args.out) and not args.force:
    sys.exit("gen_workspace: %s is not empty (pass --force, or remove it)" % args.out)
  gen = Generator(args)
  crates = gen.run()
  total_bytes = 0
  for path in sorted(gen.files):
    full = os.path.join(args.out, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    data = gen.files[path].encode("utf-8")
    total_bytes += len(data) if path.endswith(".rs") else 0
    with open(full, "wb") as f:
      f.write(data)
  rs_files = sum(1 for p in gen.files if p.endswith(".rs"))
  info = {"generator": "bench/gen_workspace.py", "seed": args.seed, "target_lines": args.lines,
          "lines": gen.lines_written, "bytes": total_bytes, "rs_files": rs_files,
          "library_crates": len(crates), "error_injected": gen.injected is not None,
          "crates": [{"package": c.package, "modules": len(c.modules),
                      "deps": [d.package for d, _ in c.deps]} for c in crates],
          "app_deps": [c.package for c in gen.main_deps(crates)]}
  with open(os.path.join(args.out, "gen_info.json"), "w") as f:
    json.dump(info, f, indent=1, sort_keys=True)
    f.write("\n")
  if args.inject_error is not None:
    if gen.injected is None:
      sys.exit("gen_workspace: could not inject the error")
    with open(os.path.join(args.out, "injected_error.json"), "w") as f:
      json.dump(gen.injected, f, indent=1, sort_keys=True)
      f.write("\n")
  print("gen_workspace: %d lines (target %d), %d bytes, %d .rs files, %d library crates -> %s"
        % (gen.lines_written, args.lines, total_bytes, rs_files, len(crates), args.out))


if __name__ == "__main__":
  main(sys.argv[1:])
