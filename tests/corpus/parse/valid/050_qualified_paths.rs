// Qualified paths <T as Trait>::Item in types, expressions and patterns; <T>::method; generic args on segments.
use std::iter::Iterator;
use std::str::FromStr;

trait Shape {
    const SIDES: u32;
    type Unit;
    fn name() -> &'static str;
}

struct Square;

impl Shape for Square {
    const SIDES: u32 = 4;
    type Unit = f64;
    fn name() -> &'static str {
        "square"
    }
}

trait Container {
    type Item;
    fn get(&self, i: usize) -> Option<&Self::Item>;
}

impl<T> Container for Vec<T> {
    type Item = T;
    fn get(&self, i: usize) -> Option<&T> {
        <[T]>::get(self, i)
    }
}

fn first<C: Container>(c: &C) -> Option<&<C as Container>::Item> {
    c.get(0)
}

fn parse<T>(s: &str) -> Option<T>
where
    T: FromStr,
    <T as FromStr>::Err: std::fmt::Debug,
{
    <T as FromStr>::from_str(s).ok()
}

fn count<I: Iterator>(it: I) -> usize
where
    I::Item: Clone,
{
    <I as Iterator>::count(it)
}

struct Point {
    x: i32,
}

impl Point {
    const ORIGIN: i32 = 0;
}

fn main() {
    let sides = <Square as Shape>::SIDES;
    let unit: <Square as Shape>::Unit = 1.5;
    let name = <Square as Shape>::name();
    let v = vec![3, 1, 2];
    let f = first(&v);
    let parsed: Option<u64> = parse("12");
    let n = count(v.iter());
    let via_self_type = <Vec<i32>>::new();
    let via_slice = <[i32]>::len(&v);
    let via_str = <str>::len("abc");
    let p = Point { x: 5 };
    let is_origin = match p.x {
        <Point>::ORIGIN => true,
        _ => false,
    };
    let default = <i32 as Default>::default();
    let iter_item: Option<<std::vec::IntoIter<u8> as Iterator>::Item> = None;
    let assoc_fn = <Vec<u8> as Container>::get;
    println!("{sides} {unit} {name} {f:?} {parsed:?} {n} {:?} {via_slice} {via_str} {is_origin} {default} {iter_item:?}", via_self_type);
    println!("{:?}", assoc_fn(&vec![9], 0));
}
