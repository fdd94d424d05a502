use std::fs;

fn main() {
    let path = "C:\Users\ferris\config.toml";
    match fs::read_to_string(path) {
        Ok(text) => println!("{}", text.len()),
        Err(e) => eprintln!("could not read {}: {}", path, e),
    }
}
