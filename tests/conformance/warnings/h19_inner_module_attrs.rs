// lints: dead_code unused_variables non_camel_case_types unused_imports
// Inner `#![...]` attributes inside modules and attributes on impl blocks.
mod drivers {
    #![allow(dead_code)]

    pub struct uart_port {
        base: u32,
    }

    fn probe() -> u32 {
        let unused_probe = 1;
        0
    }

    pub mod spi {
        #![warn(dead_code)]
        use std::fmt::Debug;

        fn clock_div() -> u32 {
            8
        }

        pub fn transfer(b: u8) -> u8 {
            b
        }
    }
}

mod parsing {
    #![deny(unused_variables)]

    pub fn field(line: &str) -> usize {
        let width = 4;
        line.len()
    }

    #[allow(unused_variables)]
    pub fn tolerant(line: &str) -> usize {
        let width = 4;
        line.len()
    }
}

struct Engine {
    rpm: u32,
}

#[allow(dead_code)]
impl Engine {
    fn idle() -> u32 {
        800
    }

    fn redline(&self) -> u32 {
        self.rpm * 2
    }
}

#[warn(unused_variables)]
impl Engine {
    fn rev(&mut self, amount: u32) {
        let previous = self.rpm;
        self.rpm += amount;
    }

    fn never() {}
}

fn main() {
    let mut e = Engine { rpm: 1 };
    e.rev(3);
    println!("{}", e.rpm);
    println!("{}", drivers::spi::transfer(2));
    println!("{} {}", parsing::field("abc"), parsing::tolerant("ab"));
}
