// Contextual keywords used as plain identifiers: union, auto, default, macro_rules, raw, safe, yeet-free.
#![allow(non_snake_case)]

mod default {
    pub fn value() -> u8 {
        3
    }
}

struct Options {
    union: bool,
    auto: u8,
    default: u8,
    raw: &'static str,
    safe: bool,
}

fn union(a: &[u8], b: &[u8]) -> Vec<u8> {
    let mut v: Vec<u8> = a.iter().chain(b).copied().collect();
    v.sort_unstable();
    v.dedup();
    v
}

fn macro_rules() -> &'static str {
    "not a macro definition"
}

fn main() {
    let auto = 1;
    let default = default::value();
    let raw = "raw";
    let safe = true;
    let union_value = union(&[1, 3], &[2, 3]);
    let o = Options { union: true, auto, default, raw, safe };
    let r = &raw const auto;
    let union = 5;
    let dyn_like = "dyn";
    println!("{:?} {} {} {} {} {} {}", union_value, o.union, o.auto + o.default, o.raw, o.safe, macro_rules(), union);
    println!("{} {}", unsafe { *r }, dyn_like);
}
