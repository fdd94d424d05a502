// A missing `;` after an expression that ends in `?`, before a `let` on the next line.
use std::fs::File;
use std::io::{self, Read};

fn read_both(a: &str, b: &str) -> io::Result<String> {
    let mut text = String::new();
    let mut first = File::open(a)?
    let mut second = File::open(b)?;
    first.read_to_string(&mut text)?;
    second.read_to_string(&mut text)?;
    Ok(text)
}

fn main() {
    match read_both("a.txt", "b.txt") {
        Ok(text) => println!("{} bytes", text.len()),
        Err(e) => println!("error: {e}"),
    }
}
