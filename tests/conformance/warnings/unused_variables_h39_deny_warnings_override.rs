// lints: unused_variables dead_code
#![deny(warnings)]
// A crate that denies warnings, but relaxes some lints locally.
mod util {
    pub fn clamp(v: i32, lo: i32, hi: i32) -> i32 {
        if v < lo { lo } else if v > hi { hi } else { v }
    }

    #[allow(dead_code)]
    pub fn unused_helper() -> i32 {
        0
    }

    pub fn also_unused() -> i32 {
        1
    }
}

#[allow(unused_imports)]
mod reexports {
    pub use crate::util::clamp;
    use crate::util::also_unused;
}

use util::clamp as limit;

#[warn(unused_variables)]
fn score(raw: i32, bonus: i32) -> i32 {
    limit(raw, 0, 100)
}

fn main() {
    let s = score(120, 5);
    let extra = 3;
    println!("{}", s);
}
