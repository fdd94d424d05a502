// Range expressions of every shape, in indexing, for loops, matches and with method calls.
use std::ops::{Bound, Range, RangeBounds, RangeInclusive};

fn describe<R: RangeBounds<i32>>(r: R) -> String {
    let start = match r.start_bound() {
        Bound::Included(s) => format!("[{s}"),
        Bound::Excluded(s) => format!("({s}"),
        Bound::Unbounded => "(-inf".to_string(),
    };
    let end = match r.end_bound() {
        Bound::Included(e) => format!("{e}]"),
        Bound::Excluded(e) => format!("{e})"),
        Bound::Unbounded => "+inf)".to_string(),
    };
    format!("{start}, {end}")
}

fn main() {
    let v: Vec<i32> = (1..=10).collect();
    let all = &v[..];
    let head = &v[..3];
    let tail = &v[7..];
    let middle = &v[2..5];
    let inclusive = &v[2..=5];
    let to_inclusive = &v[..=1];
    let full: std::ops::RangeFull = ..;
    let r: Range<usize> = 0..v.len();
    let ri: RangeInclusive<u8> = b'a'..=b'z';
    let from = 5..;
    let sum: i32 = (0..10).step_by(2).sum();
    let rev: Vec<_> = (0..5).rev().collect();
    let n = 4;
    let computed = n - 1..n + 1;
    let nested = (0..2).start..(0..2).end;
    let closure_range = |k: i32| 0..k;
    println!("{all:?} {head:?} {tail:?} {middle:?} {inclusive:?} {to_inclusive:?}");
    println!("{:?} {:?} {:?} {:?} {sum} {rev:?}", full, r, ri, from.start);
    println!("{:?} {:?} {:?}", computed, nested, closure_range(3));
    println!("{} {} {}", describe(..), describe(1..4), describe(..=7));
    for i in (0..3).chain(5..=6) {
        print!("{i} ");
    }
    println!();
    if (1..=9).contains(&n) && !(..0).contains(&n) {
        println!("digit");
    }
    let _ = ..=5;
    let _ = (..);
}
