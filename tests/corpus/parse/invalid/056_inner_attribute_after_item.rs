use std::collections::HashMap;
#![allow(dead_code)]

fn build() -> HashMap<u8, u8> {
    HashMap::new()
}

fn main() {
    println!("{}", build().len());
}
