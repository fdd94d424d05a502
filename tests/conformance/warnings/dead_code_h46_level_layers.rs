// lints: unused_mut unused_variables dead_code non_snake_case
#![warn(unused)]
#![allow(non_camel_case_types)]

#[allow(dead_code)]
mod archive {
    pub struct old_record {
        pub id: u32,
    }
    fn never() {}

    #[warn(dead_code)]
    fn never_warned() {}

    pub mod inner {
        #[deny(unused_variables)]
        pub fn check(x: u32) -> u32 {
            #[allow(unused_variables)]
            let tmp = 3;
            x
        }
    }
}

struct engine_state {
    rpm: u32,
    temp: i32,
}

#[allow(unused)]
impl engine_state {
    fn idle() -> engine_state {
        let mut spare = 0;
        engine_state { rpm: 800, temp: 20 }
    }
    fn unused_method(&self) {}
}

impl engine_state {
    #[allow(non_snake_case)]
    fn Rev(&mut self) {
        let Boost = 100;
        self.rpm += Boost;
    }

    fn Stall(&mut self) {
        self.rpm = 0;
    }
}

#[allow(nonstandard_style)]
fn BadName() {
    let BadLocal = 1;
    println!("{}", BadLocal);
}

fn main() {
    let mut e = engine_state::idle();
    e.Rev();
    e.Stall();
    println!("{}", e.rpm);
    println!("{}", archive::inner::check(3));
    BadName();
    #[allow(unused_mut)]
    let mut quiet = 1;
    println!("{}", quiet);
    let mut loud = 2;
    println!("{}", loud);
    let unused_here = 5;
}
