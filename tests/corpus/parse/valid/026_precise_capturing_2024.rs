// edition:2024
// Precise capturing with `use<..>` bounds on return-position impl Trait.
use std::fmt::Display;

pub fn indices<'a, T>(items: &'a [T]) -> impl Iterator<Item = usize> + use<'a, T> {
    0..items.len()
}

pub fn no_capture<T>(_t: &T) -> impl Display + use<T> {
    42
}

pub fn capture_nothing(x: &u32) -> impl Display + Sized + use<> {
    *x + 1
}

pub fn with_const<const N: usize>(arr: &[u8; N]) -> impl Iterator<Item = u8> + use<'_, N> {
    arr.iter().copied()
}

pub struct Store {
    values: Vec<i64>,
}

impl Store {
    pub fn positives(&self) -> impl Iterator<Item = &i64> + use<'_> {
        self.values.iter().filter(|v| **v > 0)
    }

    pub fn count(&self) -> impl Copy + Display + use<> {
        self.values.len()
    }
}

trait Lister {
    fn list(&self) -> impl Iterator<Item = String> + use<Self>;
}

fn main() {
    let v = vec![1, 2, 3];
    let idx: Vec<usize> = indices(&v).collect();
    let s = Store { values: vec![-1, 4] };
    println!("{:?} {} {}", idx, no_capture(&"x"), capture_nothing(&3));
    println!("{:?} {}", s.positives().collect::<Vec<_>>(), s.count());
    println!("{}", with_const(&[1, 2]).count());
}
