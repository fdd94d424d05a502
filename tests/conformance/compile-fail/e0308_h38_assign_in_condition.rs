// `=` instead of `==` in a condition, and using an integer as a condition.
fn check(level: u32) -> &'static str {
    let mut mode = 0;
    if mode = 1 {
        return "one";
    }
    if level {
        "nonzero"
    } else {
        "zero"
    }
}

fn main() {
    let mut attempts = 3;
    while attempts {
        attempts -= 1;
    }
    println!("{}", check(2));
}
