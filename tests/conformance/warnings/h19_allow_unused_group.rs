// lints: unused_variables dead_code unused_imports unused_mut
// `allow(unused)` silences the whole group; inner attributes re-enable single lints.
#[allow(unused)]
mod scratch {
    use std::fmt::Debug;

    pub fn experiment(x: i32) -> i32 {
        let temp = x * 2;
        let mut doubled = x;
        x + 1
    }

    fn never_called() -> u8 {
        4
    }

    #[warn(unused_variables)]
    pub fn noisy(y: i32) -> i32 {
        let leftover = y - 1;
        y
    }

    #[warn(dead_code)]
    fn orphan() {}

    #[warn(unused_mut)]
    pub fn counter() -> i32 {
        let mut c = 5;
        c
    }
}

mod active {
    use std::fmt::Display;

    pub fn run(n: u32) -> u32 {
        let mut acc = n;
        let ignored = n + 1;
        acc * 2
    }

    fn stale() {}
}

#[allow(unused_variables, unused_mut)]
fn tolerant(seed: u64) -> u64 {
    let mut buffer = seed;
    let note = 0;
    buffer
}

fn main() {
    println!("{}", scratch::experiment(3));
    println!("{}", scratch::noisy(3));
    println!("{}", scratch::counter());
    println!("{}", active::run(4));
    println!("{}", tolerant(9));
}
