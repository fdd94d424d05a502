use std::io::*::Write;

fn main() {
    let mut out = stdout();
    writeln!(out, "hello").unwrap();
}
