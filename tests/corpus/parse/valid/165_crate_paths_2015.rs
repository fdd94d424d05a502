// edition:2015
// 2015 paths: `use` paths relative to the crate root, `::`-prefixed absolute paths, extern crate in modules.
#![allow(unused_imports)]

extern crate std as stdlib;

use inventory::Item;
use inventory::helpers::{format_price, parse_qty};
use ::std::collections::HashMap;

mod inventory {
    pub mod helpers {
        use std::fmt::Write;

        pub fn format_price(cents: u64) -> String {
            let mut s = String::new();
            write!(s, "${}.{:02}", cents / 100, cents % 100).unwrap();
            s
        }

        pub fn parse_qty(s: &str) -> Option<u32> {
            s.trim().parse().ok()
        }
    }

    #[derive(Debug)]
    pub struct Item {
        pub name: String,
        pub cents: u64,
    }

    pub fn total(items: &[Item]) -> u64 {
        items.iter().map(|i| i.cents).sum()
    }
}

fn main() {
    let items = vec![Item { name: "pen".to_string(), cents: 150 }, Item { name: "pad".to_string(), cents: 325 }];
    let mut counts = HashMap::new();
    for i in &items {
        *counts.entry(i.name.clone()).or_insert(0) += 1;
    }
    let total = ::inventory::total(&items);
    println!("{} {:?} {}", format_price(total), parse_qty(" 3 "), counts.len());
    let v: stdlib::vec::Vec<u8> = stdlib::vec::Vec::new();
    println!("{}", v.len());
}
