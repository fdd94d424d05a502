// lints: arithmetic_overflow unconditional_panic
// regen: build
// Rate limits assembled from literals into structs, tuples and arrays just
// before use: rustc's MIR lint follows one level of a local's aggregate.
#![allow(unused_variables, unused_assignments)]

#[derive(Clone, Copy)]
struct Limits {
    burst: u8,
    steady: u8,
}

struct Window(u16, u16);

fn defaults() -> Limits {
    Limits { burst: 250, steady: 250 }
}

fn overwritten_field() -> u8 {
    let mut limits = Limits { burst: 1, steady: 200 };
    limits.steady = 10;
    limits.steady + 250
}

fn nested_table() -> u8 {
    let table = [[1u8, 2], [250, 9]];
    table[1][0] + 10
}

fn from_call() -> u8 {
    let limits = defaults();
    limits.burst + 255
}

fn shorthand() -> u8 {
    let steady = 200u8;
    let limits = Limits { steady, burst: 1 };
    limits.steady + 100
}

fn copied_tuple() -> u8 {
    let pair = (1u8, 2u8);
    let copy = pair;
    copy.0 + 255
}

fn window_sum() -> u16 {
    let outer = Window(60000, 10);
    let inner = Window(outer.0, 7);
    inner.0 + inner.1 + 6000
}

fn with_base() -> u8 {
    let base = Limits { burst: 250, steady: 1 };
    let tuned = Limits { steady: 3, ..base };
    tuned.burst + 10
}

fn overwritten_slot() -> u8 {
    let mut slots = [200u8, 100];
    slots[0] = 1;
    slots[0] + 255
}

fn printed_first() -> u8 {
    let pair = (250u8, 10u8);
    println!("{:?}", pair.0);
    pair.0 + pair.1
}

fn printed_sum() -> u8 {
    let pair = (250u8, 10u8);
    println!("{}", pair.0 + pair.1);
    0
}

fn split(width: u32) -> u32 {
    let (tile, spare) = (0u32, 4u32);
    width / tile + spare
}

fn main() {
    let total = overwritten_field() as u32
        + nested_table() as u32
        + from_call() as u32
        + shorthand() as u32
        + copied_tuple() as u32
        + window_sum() as u32
        + with_base() as u32
        + overwritten_slot() as u32
        + printed_first() as u32
        + printed_sum() as u32
        + split(64);
    println!("{}", total);
}
