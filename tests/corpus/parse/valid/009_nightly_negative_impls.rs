// Nightly-only syntax that the parser accepts (feature gates are checked after parsing):
// negative impls and trait aliases.
#![feature(negative_impls)]
#![feature(trait_alias)]

use std::fmt::Debug;

pub struct NotThreadSafe {
    counter: std::cell::Cell<u32>,
}

impl !Send for NotThreadSafe {}
impl !Sync for NotThreadSafe {}

pub struct Token<T>(T);

impl<T> !Sync for Token<T> {}

pub trait Printable = Debug + Clone;
pub trait SendStatic = Send + 'static;
trait Gen<T> = Iterator<Item = T> where T: Copy;

fn show<P: Printable>(p: &P) -> String {
    format!("{:?}", p.clone())
}

fn main() {
    let n = NotThreadSafe { counter: std::cell::Cell::new(0) };
    n.counter.set(1);
    println!("{}", show(&n.counter.get()));
}
