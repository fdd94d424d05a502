// edition:2015
// 2015 bare trait objects whose first bound is parenthesized: `(Fn() -> usize) + Send`.
// (With `dyn` in front the same bounds are accepted in every edition.)
use std::fmt::Debug;

fn call_boxed(f: Box<(Fn() -> usize) + Send>) -> usize {
    f()
}

fn show_all(items: &[&((Debug) + Sync)]) {
    for item in items {
        println!("{:?}", item);
    }
}

fn main() {
    println!("{}", call_boxed(Box::new(|| 3)));
    show_all(&[&1, &"two"]);
}
