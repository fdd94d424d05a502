// Closures: typed/untyped params, return types with blocks, move, nested, patterns in params.
use std::collections::HashMap;

fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |x| g(f(x))
}

fn make_counter() -> impl FnMut() -> u32 {
    let mut count = 0;
    move || {
        count += 1;
        count
    }
}

fn main() {
    let add = |a, b| a + b;
    let add_typed = |a: i32, b: i32| -> i32 { a + b };
    let no_args = || 42;
    let block_body = |x: u8| {
        let doubled = x * 2;
        doubled + 1
    };
    let pattern_params = |(a, b): (i32, i32), [c, d]: [i32; 2]| a * b + c * d;
    let ref_param = |&x: &i32| x + 1;
    let mut_param = |mut v: Vec<i32>| {
        v.push(0);
        v
    };
    let ignore = |_| ();
    let nested = |x: i32| move |y: i32| x * y;
    let returns_closure = || || 7;
    let name = String::from("owner");
    let moved = move || name.len();
    let mut counter = make_counter();
    let inc = compose(|x: i32| x + 1, |x: i32| x * 10);
    let mut cache: HashMap<u64, u64> = HashMap::new();
    let mut fib = |n: u64| -> u64 {
        if let Some(&v) = cache.get(&n) {
            return v;
        }
        let v = if n < 2 { n } else { n * 2 };
        cache.insert(n, v);
        v
    };
    let trailing_comma = |a: i32, b: i32,| a - b;
    let attr_param = |#[allow(unused_variables)] unused: i32| 0;
    let immediately = (|x: i32| x * x)(9);
    let in_call: Vec<i32> = (0..3).map(|i| i * i).collect();
    let as_unit: fn() = || {};
    let ret_ty_unit = || -> () {};
    println!("{} {} {} {}", add(1, 2), add_typed(3, 4), no_args(), block_body(5));
    println!("{} {} {:?}", pattern_params((1, 2), [3, 4]), ref_param(&1), mut_param(vec![]));
    println!("{:?} {} {} {} {}", ignore(5), nested(2)(3), returns_closure()(), moved(), counter());
    println!("{} {} {} {} {} {:?}", inc(1), fib(10), trailing_comma(5, 3), attr_param(1), immediately, in_call);
    as_unit();
    ret_ty_unit();
}
