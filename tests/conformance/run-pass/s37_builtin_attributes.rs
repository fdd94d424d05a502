// Built-in attributes a program may write: none of them is "cannot find attribute".
#![allow(clippy::all)]
#![warn(unused_imports)]

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[repr(u8)]
#[non_exhaustive]
enum Mode {
    #[default]
    Idle,
    Busy,
}

#[must_use = "the total is the point"]
#[inline]
fn total(values: &[u32]) -> u32 {
    let mut sum = 0;
    for v in values {
        sum += v;
    }
    sum
}

#[inline(always)]
#[track_caller]
fn half(n: u32) -> u32 {
    n / 2
}

#[cold]
#[inline(never)]
#[doc = "Reports a failure."]
fn report(code: u8) {
    eprintln!("failure {}", code);
}

#[rustfmt::skip]
const TABLE: [u8; 4] = [1,2,
                        3,4];

#[deprecated(note = "use total")]
#[allow(dead_code)]
fn old_total() -> u32 {
    0
}

#[cfg(test)]
mod tests {
    #[test]
    fn sums() {
        assert_eq!(super::total(&[1, 2]), 3);
    }
}

#[expect(unused_variables)]
fn quiet() {
    let unused = 3;
}

fn main() {
    let mode = Mode::default();
    #[allow(unused_mut)]
    let mut busy = Mode::Busy;
    println!("{:?} {:?} {}", mode, busy, total(&[1, 2, 3]));
    println!("{} {}", half(10), TABLE[3]);
    if mode == busy {
        report(1);
    }
    quiet();
}
