fn route(a: bool, b: bool, c: bool) -> u8 {
    match (a, b, c) {
        (true, true, true) => 7,
        (false, false, false) => 0,
        (true, false, _) => 4,
    }
}

fn main() {
    println!("{}", route(true, false, true));
}
