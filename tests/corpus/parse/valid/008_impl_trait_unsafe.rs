// Trait impls: generic, blanket, unsafe, for references and trait objects, with assoc items.
use std::fmt;
use std::ops::{Add, Index};

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Vec2 {
    x: i32,
    y: i32,
}

impl Add for Vec2 {
    type Output = Vec2;

    fn add(self, rhs: Vec2) -> Vec2 {
        Vec2 { x: self.x + rhs.x, y: self.y + rhs.y }
    }
}

impl<'a> Add<&'a Vec2> for &'a Vec2 {
    type Output = Vec2;

    fn add(self, rhs: &'a Vec2) -> Vec2 {
        *self + *rhs
    }
}

impl fmt::Display for Vec2 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "({}, {})", self.x, self.y)
    }
}

pub struct Grid {
    cells: Vec<u8>,
    width: usize,
}

impl Index<(usize, usize)> for Grid {
    type Output = u8;

    fn index(&self, (row, col): (usize, usize)) -> &u8 {
        &self.cells[row * self.width + col]
    }
}

pub unsafe trait Zeroable {}

unsafe impl Zeroable for u32 {}
unsafe impl<T: Zeroable> Zeroable for [T; 4] {}

struct Handle(*mut u8);

unsafe impl Send for Handle {}
unsafe impl Sync for Handle {}

pub trait Describe {
    fn describe(&self) -> String;
}

impl<T: fmt::Debug + ?Sized> Describe for T {
    fn describe(&self) -> String {
        format!("<{:?}>", self)
    }
}

pub trait Shape {
    fn area(&self) -> f64;
}

impl dyn Shape {
    pub fn is_big(&self) -> bool {
        self.area() > 100.0
    }
}

impl fmt::Debug for dyn Shape + Send {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("shape")
    }
}

pub trait Summary {
    fn summary(&self) -> String;
}

impl<const N: usize> Summary for [Vec2; N] where [Vec2; N]: Sized {
    fn summary(&self) -> String {
        format!("{} vectors", N)
    }
}

fn main() {
    let a = Vec2 { x: 1, y: 2 };
    let b = &a + &a;
    let g = Grid { cells: vec![1, 2, 3, 4], width: 2 };
    println!("{} {} {}", b, g[(1, 0)], 5.describe());
    let _h = Handle(std::ptr::null_mut());
}
