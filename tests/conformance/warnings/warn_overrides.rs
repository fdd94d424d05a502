// lints: unused_variables non_camel_case_types
// A crate-wide #![allow] silenced by a closer #[warn], showing that the nearest level wins.
#![allow(unused_variables, non_camel_case_types)]

struct quiet_type {
    n: u32,
}

#[warn(non_camel_case_types)]
struct loud_type {
    n: u32,
}

fn quiet() -> u32 {
    let ignored = 1;
    2
}

#[warn(unused_variables)]
fn loud() -> u32 {
    let reported = 1;
    3
}

fn main() {
    let q = quiet_type { n: quiet() };
    let l = loud_type { n: loud() };
    println!("{} {}", q.n, l.n);
}
