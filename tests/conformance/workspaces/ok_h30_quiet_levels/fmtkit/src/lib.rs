// Formatting helpers; still being written, so the whole crate silences `unused`.
#![allow(unused)]

use std::fmt;

pub const WIDTH: usize = 12;

fn pad_hint(len: usize) -> usize {
    let mut spare = WIDTH;
    let unused_note = "pad";
    WIDTH - len.min(WIDTH)
}

pub fn cents(amount: i64) {
    let sign = if amount < 0 { "-" } else { "" };
    let abs = amount.abs();
    println!("{:>10}{}.{:02}", sign, abs / 100, abs % 100);
}

struct Draft {
    width: usize,
}
