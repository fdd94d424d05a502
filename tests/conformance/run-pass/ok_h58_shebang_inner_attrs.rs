#!/usr/bin/env rustx
#![allow(dead_code)]
#![warn(unused_mut)]

struct Unused {
    a: i32,
}

fn never_called() {}

fn main() {
    #![allow(unused_variables)]
    let z = 3;
    let t = [1, 2, 3];
    println!("{:?}", t);
}
