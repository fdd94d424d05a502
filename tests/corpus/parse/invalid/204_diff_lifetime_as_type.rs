// A lifetime where a type belongs: the second tuple element lost its `&str`.
/// Splits `key=value` at the first `=`.
fn split_pair<'a>(line: &'a str) -> Option<(&'a str, 'a)> {
    let at = line.find('=')?;
    Some((&line[..at], &line[at + 1..]))
}

fn main() {
    for line in ["name=sluice", "broken", "lang=rust"] {
        match split_pair(line) {
            Some((key, value)) => println!("{key} -> {value}"),
            None => println!("no `=` in {line}"),
        }
    }
}
