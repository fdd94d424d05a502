// Degenerate but legal syntax: empty generic lists, trailing commas everywhere, empty where clauses,
// and a lifetime-first dyn bound.
use std::fmt::Debug;

struct Unit<>;

struct Wrapper<T,>(T,);

enum Choice<A, B,> {
    First(A,),
    Second { value: B, },
}

fn nothing<>() -> u8 {
    0
}

fn trailing<T: Debug,>(items: &[T], sep: &str,) -> String
where
    T: Clone,
{
    items.iter().map(|i| format!("{i:?}")).collect::<Vec<_>>().join(sep)
}

trait Empty<> {}

impl<> Empty<> for Unit<> {}

fn boxed() -> Box<dyn 'static + Debug + Send> {
    Box::new(5)
}

fn main() {
    let _u = Unit::<>;
    let w = Wrapper::<i32,>(1,);
    let c: Choice<u8, &str,> = Choice::Second { value: "v", };
    let c2: Choice<u8, ()> = Choice::First(1,);
    let v = vec![1, 2, 3,];
    let t = (1, 2,);
    let arr = [0u8; 2];
    let s = trailing::<i32,>(&v, ", ",);
    let n = nothing::<>();
    match c {
        Choice::First(a,) => println!("{a}"),
        Choice::Second { value, } => println!("{value}"),
    }
    let _ = c2;
    println!("{} {:?} {:?} {s} {n} {:?}", w.0, t, arr, boxed());
    let closure = |a: u8, b: u8,| -> u8 { a + b };
    println!("{}", closure(1, 2,));
}
