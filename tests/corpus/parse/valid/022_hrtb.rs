// Higher-ranked trait bounds: for<'a> in where clauses, in bounds, on fn pointer and dyn types.
use std::fmt::Debug;

fn call_with_ref<F>(f: F) -> usize
where
    F: for<'a> Fn(&'a str) -> usize,
{
    let owned = String::from("local data");
    f(&owned)
}

fn apply_all<F>(items: &[String], f: F) -> Vec<usize>
where
    for<'x> F: Fn(&'x String) -> usize,
{
    items.iter().map(|s| f(s)).collect()
}

fn boxed_parser() -> Box<dyn for<'a> Fn(&'a str) -> Option<&'a str>> {
    Box::new(|s| s.split(',').next())
}

type Visitor = for<'a, 'b> fn(&'a mut Vec<&'b str>, &'b str);

fn push_visitor<'a, 'b>(v: &'a mut Vec<&'b str>, s: &'b str) {
    v.push(s);
}

trait Processor {
    fn process<'a>(&self, input: &'a [u8]) -> &'a [u8];
}

struct Skip(usize);

impl Processor for Skip {
    fn process<'a>(&self, input: &'a [u8]) -> &'a [u8] {
        &input[self.0.min(input.len())..]
    }
}

fn run<P>(p: &P)
where
    P: Processor + ?Sized,
    for<'a> &'a P: Debug,
{
    println!("{:?}", p.process(b"hello"));
}

impl Debug for Skip {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Skip({})", self.0)
    }
}

fn main() {
    println!("{}", call_with_ref(|s| s.len()));
    println!("{:?}", apply_all(&[String::from("ab")], String::len));
    println!("{:?}", boxed_parser()("a,b"));
    let visit: Visitor = push_visitor;
    let mut v = Vec::new();
    visit(&mut v, "x");
    run(&Skip(2));
    let bounded: &dyn for<'a> Fn(&'a u8) -> &'a u8 = &|x| x;
    println!("{:?} {}", v, bounded(&1));
}
