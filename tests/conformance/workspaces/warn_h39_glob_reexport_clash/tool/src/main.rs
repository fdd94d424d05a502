use formats::{separator, tab_width};

mod local {
    pub fn parse(line: &[u8]) -> usize {
        line.len()
    }
}

use local::*;

fn main() {
    println!("sep {:?} tab {}", separator(), tab_width());
    println!("csv {}", formats::csv::parse(b"a,b,c"));
    println!("which {}", formats::parse(b"a\tb"));
    println!("local {}", parse(b"xyz"));
}
