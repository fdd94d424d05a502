use std::fs
use std::io;

fn main() -> io::Result<()> {
    let text = fs::read_to_string("Cargo.toml")?;
    println!("{}", text.len());
    Ok(())
}
