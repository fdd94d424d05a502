// lints: dead_code unused_variables
// forbid on a module, then trying to allow inside it.
#[forbid(dead_code)]
mod strict {
    pub fn used() -> u8 {
        1
    }
    fn forgotten() -> u8 {
        2
    }
}

#[deny(unused_variables)]
mod checked {
    pub fn run(a: u8) -> u8 {
        let b = a + 1;
        a
    }
}

fn main() {
    println!("{} {}", strict::used(), checked::run(3));
}
