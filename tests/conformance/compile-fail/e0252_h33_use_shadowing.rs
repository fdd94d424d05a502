// use in a block shadowing outer functions and constants.
mod fast {
    pub fn run(n: u32) -> u32 {
        n * 2
    }
    pub const LEVEL: u8 = 3;
}

mod slow {
    pub fn run(n: u32) -> u32 {
        n + 1
    }
    pub const LEVEL: u8 = 1;
}

fn run(n: u32) -> u32 {
    n
}

const LEVEL: u8 = 0;

fn main() {
    let a = run(5);
    let b = {
        use fast::run;
        run(5)
    };
    let c = {
        use slow::{run, LEVEL};
        run(5) + LEVEL as u32
    };
    let d = {
        use fast::*;
        run(5) + LEVEL as u32
    };
    {
        use fast::run;
        use slow::run;
        println!("{}", run(1));
    }
    println!("{} {} {} {} {}", a, b, c, d, LEVEL);
}
