// In edition 2021 panic! with a single non-literal argument is an error,
// but these forms are fine.
fn check(code: i32) {
    let msg = "bad code";
    if code < 0 {
        panic!("{}", msg);
    }
    if code > 999 {
        panic!("{msg}: {code}");
    }
    if code == 500 {
        panic!();
    }
}

fn main() {
    check(5);
    let s: &str = "static message";
    if s.is_empty() {
        panic!("{s}");
    }
    println!("fine");
}
