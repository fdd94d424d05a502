// edition:2015
// Rust 2015 idioms: `...` range patterns, anonymous trait params, bare trait objects, relative use paths.
#![allow(ellipsis_inclusive_range_patterns, bare_trait_objects, anonymous_parameters)]

use std::fmt;

mod shapes {
    pub struct Square(pub u32);
}

use shapes::Square;

trait Visitor {
    fn visit(&mut self, u32);
    fn done(&self) -> bool {
        false
    }
}

struct Sum(u32);

impl Visitor for Sum {
    fn visit(&mut self, n: u32) {
        self.0 += n;
    }
}

fn bucket(n: u32) -> &'static str {
    match n {
        0...9 => "one digit",
        10...99 => "two digits",
        _ => "many digits",
    }
}

fn walk(v: &mut Visitor, items: &[u32]) {
    for &i in items {
        if v.done() {
            break;
        }
        v.visit(i);
    }
}

fn describe(d: &fmt::Debug) -> String {
    format!("{:?}", d)
}

fn main() {
    let mut s = Sum(0);
    walk(&mut s, &[1, 2, 3]);
    let sq = Square(4);
    println!("{} {} {} {}", s.0, bucket(42), describe(&sq.0), bucket(7));
    let r#try = 1;
    let async = r#try + 1;
    println!("{}", async);
}
