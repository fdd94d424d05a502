// lints: unused_variables unused_imports dead_code unused_mut
#![allow(unused)]
// The `unused` group is allowed crate-wide, then re-enabled in one module.
mod quiet {
    use std::cmp::max;
    pub fn f(a: i32) -> i32 {
        let mut b = a;
        a
    }
    fn never() {}
}

#[warn(unused)]
mod loud {
    use std::cmp::min;
    pub fn g(a: i32) -> i32 {
        let mut b = a;
        let c = 4;
        a
    }
    fn never() {}

    #[allow(unused_variables)]
    pub fn h(x: i32) -> i32 {
        let unused = 1;
        x
    }
}

fn main() {
    println!("{} {} {}", quiet::f(1), loud::g(2), loud::h(3));
}
