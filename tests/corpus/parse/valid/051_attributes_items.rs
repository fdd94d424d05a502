// Outer and inner attributes on items of every kind, with all argument syntaxes.
#![allow(dead_code, unused_variables)]
#![warn(missing_debug_implementations)]
#![doc = "Crate-level documentation set through an attribute."]
#![cfg_attr(feature = "nightly", feature(test))]
#![recursion_limit = "256"]

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[repr(C, align(8))]
pub struct Aligned {
    value: u64,
}

#[non_exhaustive]
#[derive(Debug)]
pub enum Status {
    #[allow(unused)]
    Idle,
    #[doc(hidden)]
    Busy(u32),
}

impl Default for Status {
    #[inline]
    fn default() -> Self {
        Status::Idle
    }
}

#[inline(always)]
#[must_use = "the sum is the whole point"]
pub fn add(a: i32, b: i32) -> i32 {
    a + b
}

#[cold]
#[track_caller]
#[deprecated(since = "1.2.0", note = "use `add` instead")]
pub fn old_add(a: i32, b: i32) -> i32 {
    add(a, b)
}

#[cfg(all(unix, target_pointer_width = "64", not(target_os = "ios")))]
pub const PLATFORM: &str = "unix64";

#[cfg(not(all(unix, target_pointer_width = "64", not(target_os = "ios"))))]
pub const PLATFORM: &str = "other";

#[allow(non_upper_case_globals)]
static lowercase_static: u8 = 0;

#[path = "ignored.rs"]
#[cfg(any())]
mod never_compiled;

#[cfg_attr(test, derive(PartialEq))]
#[allow(clippy::upper_case_acronyms)]
struct HTTP;

#[automatically_derived]
impl HTTP {}

#[macro_export]
#[doc(hidden)]
macro_rules! noop {
    () => {};
}

#[allow(unused)]
use std::fmt::Write as _;

#[must_use]
pub trait Builder {
    #[must_use]
    fn build(self) -> String;
}

#[allow(dead_code)]
type Alias = u8;

#[unsafe(no_mangle)]
pub static EXPORTED: u32 = 1;

#[rustfmt::skip]
const MATRIX: [[u8; 3]; 3] = [
    [1,0,0],
    [0,1,0],
    [0,0,1],
];

#[test]
fn adds() {
    assert_eq!(add(1, 2), 3);
}

#[ignore = "slow"]
#[test]
#[should_panic(expected = "boom")]
fn panics() {
    panic!("boom");
}

fn main() {
    println!("{:?} {:?} {} {}", Aligned { value: 1 }, Status::default(), add(1, 2), PLATFORM);
    let _ = (MATRIX, lowercase_static, HTTP, Status::Busy(1));
}
