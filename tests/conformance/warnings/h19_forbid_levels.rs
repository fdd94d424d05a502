// lints: unused_mut unused_variables dead_code unreachable_code
// `forbid` at the crate root and `deny` on items; `warn` inside `deny` lowers the level.
#![forbid(unused_mut)]
#![deny(unreachable_code)]

mod queue {
    pub struct Ring {
        slots: [u32; 4],
        head: usize,
    }

    impl Ring {
        pub fn new() -> Ring {
            Ring { slots: [0; 4], head: 0 }
        }

        pub fn push(&mut self, v: u32) {
            let mut idx = self.head % 4;
            self.slots[idx] = v;
            self.head += 1;
        }

        pub fn peek(&self) -> u32 {
            let mut pos = self.head;
            if pos == 0 {
                return 0;
            }
            self.slots[(pos - 1) % 4]
        }
    }
}

#[deny(unused_variables)]
fn drain(count: u32) -> u32 {
    let spare = count;
    #[warn(unused_variables)]
    let relaxed = count * 2;
    count
}

#[deny(dead_code)]
mod strict_helpers {
    pub fn used() -> u32 {
        1
    }

    fn unused_helper() -> u32 {
        2
    }

    #[warn(dead_code)]
    fn softer_unused() -> u32 {
        3
    }
}

#[warn(unreachable_code)]
fn finish(code: i32) -> i32 {
    return code;
    code + 1
}

fn main() {
    let mut ring = queue::Ring::new();
    ring.push(5);
    println!("{}", ring.peek());
    println!("{}", drain(3));
    println!("{}", strict_helpers::used());
    println!("{}", finish(2));
}
