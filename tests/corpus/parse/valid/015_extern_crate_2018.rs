// edition:2018
// 2018 edition: extern crate with renames, `dyn` required, `async` is now a keyword.
extern crate self as my_crate;
extern crate alloc as heap;
pub extern crate core;

use heap::string::String as HeapString;

pub mod util {
    pub fn double(x: i32) -> i32 {
        x * 2
    }
}

pub trait Job {
    fn run(&self) -> i32;
}

struct Doubler(i32);

impl Job for Doubler {
    fn run(&self) -> i32 {
        my_crate::util::double(self.0)
    }
}

async fn run_all(jobs: Vec<Box<dyn Job>>) -> i32 {
    jobs.iter().map(|j| j.run()).sum()
}

fn main() {
    let s = HeapString::from("x");
    let jobs: Vec<Box<dyn Job>> = vec![Box::new(Doubler(2)), Box::new(Doubler(3))];
    let fut = run_all(jobs);
    drop(fut);
    let r#try = 5;
    println!("{} {}", s, r#try);
}
