// Valid Rust outside tier L1: operator traits implemented for a struct
// (lines 12-29). `+=`, unary `-` and indexing on it are indeterminate,
// never E0368, E0600 or E0608.
use std::ops::{AddAssign, Index, Neg};

#[derive(Clone, Copy, Debug)]
struct Vector {
    x: i32,
    y: i32,
}

impl AddAssign for Vector {
    fn add_assign(&mut self, other: Vector) {
        self.x += other.x;
        self.y += other.y;
    }
}

impl Neg for Vector {
    type Output = Vector;
    fn neg(self) -> Vector { Vector { x: -self.x, y: -self.y } }
}

impl Index<usize> for Vector {
    type Output = i32;
    fn index(&self, i: usize) -> &i32 {
        if i == 0 { &self.x } else { &self.y }
    }
}

fn main() {
    let mut v = Vector { x: 1, y: 2 };
    v += Vector { x: 3, y: 4 };
    let w = -v;
    println!("{:?} {} {}", w, v[0], v[1]);
}
