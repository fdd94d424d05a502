// A generic numeric trait with macro-generated impls and generic vector math on top of it.
use std::ops::{Add, Mul, Sub};

pub trait Num: Copy + PartialOrd + Add<Output = Self> + Sub<Output = Self> + Mul<Output = Self> {
    const ZERO: Self;
    const ONE: Self;
    fn to_f64(self) -> f64;
}

macro_rules! impl_num {
    ($($t:ty => $zero:expr, $one:expr);+ $(;)?) => {
        $(
            impl Num for $t {
                const ZERO: Self = $zero;
                const ONE: Self = $one;
                #[inline]
                fn to_f64(self) -> f64 {
                    self as f64
                }
            }
        )+
    };
}

impl_num! {
    i32 => 0, 1;
    i64 => 0, 1;
    u8 => 0, 1;
    f32 => 0.0, 1.0;
    f64 => 0.0, 1.0;
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct V2<T: Num> {
    pub x: T,
    pub y: T,
}

impl<T: Num> V2<T> {
    pub fn dot(self, o: Self) -> T {
        self.x * o.x + self.y * o.y
    }

    pub fn len(self) -> f64 {
        self.dot(self).to_f64().sqrt()
    }
}

impl<T: Num> Add for V2<T> {
    type Output = Self;
    fn add(self, o: Self) -> Self {
        V2 { x: self.x + o.x, y: self.y + o.y }
    }
}

pub fn sum<T: Num>(xs: &[T]) -> T {
    xs.iter().copied().fold(T::ZERO, |a, b| a + b)
}

pub fn product<T: Num>(xs: &[T]) -> T {
    xs.iter().fold(T::ONE, |a, &b| a * b)
}

pub fn clamp<T: Num>(v: T, lo: T, hi: T) -> T {
    if v < lo { lo } else if v > hi { hi } else { v }
}

fn main() {
    let a = V2 { x: 3, y: 4 };
    let b = V2 { x: 1.5f32, y: -2.0 };
    println!("{} {} {:?}", a.len(), b.dot(b), a + a);
    println!("{} {} {}", sum(&[1u8, 2, 3]), product(&[1.5, 2.0]), clamp(15i64, 0, 10));
}
