// edition:2015
// Old-style crate with extern crate declarations, `try!`, bare trait objects and anonymous params.
#![allow(bare_trait_objects)]

extern crate std as core_std;
extern crate alloc;
#[macro_use]
extern crate core;

use std::fmt::Display;
use std::io;

trait Logger {
    fn log(&self, &str);
    fn level(&self) -> u8;
}

struct Stdout;

impl Logger for Stdout {
    fn log(&self, msg: &str) {
        println!("{}", msg);
    }

    fn level(&self) -> u8 {
        1
    }
}

fn boxed_logger() -> Box<Logger> {
    Box::new(Stdout)
}

fn show_all(items: &[Box<Display>]) {
    for item in items {
        println!("{}", item);
    }
}

fn read_number(text: &str) -> Result<i32, std::num::ParseIntError> {
    let n = try!(text.parse::<i32>());
    Ok(n * 2)
}

fn main() {
    let logger = boxed_logger();
    logger.log("starting");
    let items: Vec<Box<Display>> = vec![Box::new(1), Box::new("two")];
    show_all(&items);
    let async = 1;
    let await = 2;
    let dyn = async + await;
    println!("{:?} {}", read_number("21"), dyn);
    let _ = io::stdin();
    let _v: alloc::vec::Vec<u8> = core_std::vec::Vec::new();
}
