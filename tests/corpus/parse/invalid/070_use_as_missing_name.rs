use std::collections::HashMap as;

fn main() {
    let m: std::collections::HashMap<u8, u8> = Default::default();
    println!("{}", m.len());
}
