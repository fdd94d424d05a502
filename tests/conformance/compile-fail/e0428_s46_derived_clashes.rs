// Names defined twice where one of the definitions is derived: rustc keeps
// the other one, and reports the derived item's clash after the rest.
#[allow(non_snake_case)]
fn Origin() -> (i32, i32) {
    (0, 0)
}

#[derive(Debug, Clone, Copy)]
struct Origin;

const LIMIT: u8 = 3;

#[allow(non_snake_case)]
fn LIMIT() -> bool {
    true
}

#[derive(Debug)]
struct Sample {
    value: u32,
}

struct Sample {
    value: u32,
}

fn main() {
    let o: () = Origin;
    let l: () = LIMIT;
    let s = Sample { value: 4 };
    println!("{:?} {}", s, s.value);
}
