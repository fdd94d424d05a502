// Two modules both export `parse`, and both are imported under the same name.
mod json {
    pub fn parse(text: &str) -> usize {
        text.len()
    }
}

mod toml {
    pub fn parse(text: &str) -> usize {
        text.len() * 2
    }
}

use json::parse;
use toml::parse;

fn main() {
    println!("{}", parse("{}"));
}
