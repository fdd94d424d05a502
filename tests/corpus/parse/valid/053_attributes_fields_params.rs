// Attributes on struct fields, enum variants, tuple fields, function params, generic params, arms.
use std::marker::PhantomData;

#[derive(Debug, Default)]
pub struct Request {
    #[allow(dead_code)]
    pub method: String,
    #[doc = "The request path."]
    pub path: String,
    #[cfg(feature = "headers")]
    pub headers: Vec<(String, String)>,
    #[allow(unused)]
    body: Option<Vec<u8>>,
}

#[derive(Debug)]
pub struct Pair(#[allow(unused)] pub u32, #[doc(hidden)] u32);

#[derive(Debug)]
pub enum Shape {
    #[allow(unused)]
    Circle { #[doc = "radius in metres"] r: f64 },
    Square(#[allow(unused)] f64),
}

pub struct Tagged<#[allow(unused)] 'a, #[allow(unused)] T, #[allow(unused)] const N: usize> {
    marker: PhantomData<&'a [T; N]>,
}

pub fn handle(#[allow(unused_variables)] req: &Request, #[cfg(any())] extra: u8, count: u32) -> u32 {
    count
}

pub fn mut_param(#[allow(unused_mut)] mut n: u32) -> u32 {
    n
}

trait Service {
    fn call(&self, #[allow(unused)] input: u32) -> u32;
}

struct Echo;

impl Service for Echo {
    fn call(&self, #[allow(unused)] input: u32) -> u32 {
        input
    }
}

impl Echo {
    fn with_self(#[allow(unused)] self: &Self) {}
}

fn describe(s: &Shape) -> &'static str {
    match s {
        #[allow(unused_variables)]
        Shape::Circle { r } => "circle",
        #[cfg(not(any()))]
        Shape::Square(_) => "square",
    }
}

fn main() {
    let r = Request { method: "GET".into(), path: "/".into(), ..Default::default() };
    let p = Pair(1, 2);
    let t: Tagged<'static, u8, 3> = Tagged { marker: PhantomData };
    let _ = t.marker;
    Echo.with_self();
    println!("{} {} {:?} {}", handle(&r, 3), mut_param(4), p, Echo.call(5));
    println!("{} {:?}", describe(&Shape::Square(1.0)), Shape::Circle { r: 1.0 });
}
