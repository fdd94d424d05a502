// Lint attributes with arguments rustc does not take: a value for a lint,
// a reason that is no string, an empty list; and ones that are fine.
#[allow(dead_code = "legacy")]
fn legacy() -> u8 {
    1
}

#[warn(unused_variables, reason = 7)]
fn compute(v: u8) -> u8 {
    let spare = v;
    v + 1
}

#[deny()]
fn empty() {}

#[allow(unused_variables, reason = "kept for the next release")]
fn documented(v: u8) -> u8 {
    let later = v;
    v
}

#[allow(unused)]
#[warn()]
fn quiet() {}

fn main() {
    empty();
    quiet();
    println!("{} {}", compute(2), documented(3));
}
