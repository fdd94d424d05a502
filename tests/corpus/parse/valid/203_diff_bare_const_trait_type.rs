// edition:2015
// Bare trait object types with a `const` modifier (nightly const traits, 2015 bare trait objects).
// rustc's parser accepts `const Trait` wherever a type may start, also where a typo such as
// `*const const T` or `p: const T` puts one; the rejection comes after parsing.
#![feature(const_trait_impl)]

#[const_trait]
pub trait Zero {
    fn zero() -> Self;
}

pub fn describe(value: &const Zero) -> usize {
    let _ = value;
    0
}

pub fn as_raw(p: *const const Zero) -> usize {
    p as *const u8 as usize
}

fn main() {}
