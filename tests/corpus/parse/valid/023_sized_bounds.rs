// ?Sized bounds, bound parentheses, lifetime bounds, `?Sized` mixed with trait bounds.
use std::borrow::Borrow;
use std::fmt::Display;
use std::path::Path;

pub struct Named<T: ?Sized> {
    pub id: u32,
    pub value: Box<T>,
}

pub fn print_it<T: Display + ?Sized>(t: &T) {
    println!("{}", t);
}

pub fn lookup<K, Q>(keys: &[K], q: &Q) -> bool
where
    K: Borrow<Q>,
    Q: Eq + ?Sized,
{
    keys.iter().any(|k| k.borrow() == q)
}

pub fn open<P: AsRef<Path> + ?Sized>(p: &P) -> String {
    p.as_ref().display().to_string()
}

pub fn parenthesized<T: (Clone) + ?Sized + 'static>(t: &T) -> &T {
    t
}

pub fn boxed_len(b: Box<dyn (Fn() -> usize) + Send>) -> usize {
    b()
}

trait Shape {
    fn area(&self) -> f64;
}

fn total_area(shapes: &[&(dyn Shape + Sync)]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}

impl<T: ?Sized + Shape> Shape for Box<T> {
    fn area(&self) -> f64 {
        (**self).area()
    }
}

fn main() {
    let n: Named<str> = Named { id: 1, value: "hello".into() };
    print_it(&*n.value);
    print_it("slice");
    let keys = vec![String::from("a")];
    println!("{} {} {}", lookup(&keys, "a"), open("/tmp"), parenthesized(&5));
    println!("{} {} {}", boxed_len(Box::new(|| 3)), total_area(&[]), n.id);
}
