// lints: unreachable_patterns
fn main() {
    let ready = true;
    let msg = match ready {
        true => "go",
        false => "wait",
        _ => "unknown",
    };
    println!("{}", msg);
}
