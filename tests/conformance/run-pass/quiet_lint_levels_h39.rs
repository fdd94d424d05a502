// A prototype that silences lints at every level it can, and prints a table.
#![allow(dead_code)]

#[allow(non_camel_case_types)]
#[derive(Debug, Clone, Copy)]
enum cell_kind {
    empty,
    wall,
}

#[allow(non_upper_case_globals)]
const grid_size: usize = 4;

#[allow(non_snake_case, unused_variables, unused_mut)]
fn buildRow(Seed: usize) -> [u8; grid_size] {
    let mut row = [0u8; grid_size];
    let mut unused_counter = 0;
    for i in 0..grid_size {
        row[i] = ((Seed + i) % 3) as u8;
    }
    row
}

#[allow(unused)]
mod experiments {
    use std::f64::consts::PI;
    pub fn not_ready(x: i32) -> i32 {
        let tmp = x;
        0
    }
}

fn unused_but_allowed() {}

fn main() {
    #[allow(unused_variables)]
    let debug_flag = true;
    for r in 0..3 {
        let row = buildRow(r);
        println!("{:?}", row);
    }
    let k = cell_kind::wall;
    println!("{:?} {:?}", k, cell_kind::empty);
}
