// A function declares the same lifetime parameter twice.
fn longer<'a, 'a>(first: &'a str, second: &'a str) -> &'a str {
    if first.len() >= second.len() { first } else { second }
}

fn main() {
    println!("{}", longer("sluice", "rustc"));
}
