// lints: unreachable_patterns
fn snap(x: f64) -> &'static str {
    match x {
        0.0 => "origin",
        0.5 => "half",
        1.0 => "unit",
        0.5 => "half again",
        _ => "elsewhere",
    }
}

fn main() {
    println!("{}", snap(0.5));
}
