// lints: unknown_lints unused_variables dead_code
// Typos in lint names: the allow does nothing, and the lint still fires.
#[allow(unused_variable)]
fn compute(input: i32) -> i32 {
    let scratch = input * 2;
    input + 1
}

#[allow(deadcode)]
fn old_entry() -> i32 {
    0
}

#[allow(non_snake_case, unused_mutt)]
fn Report(v: i32) {
    let mut total = v;
    total += 1;
    println!("{}", total);
}

fn main() {
    Report(compute(3));
}
