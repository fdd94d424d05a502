// lints: dead_code unused_variables unused_imports while_true non_snake_case
// A firmware image with lint levels set on modules, impls, functions and statements.
#![warn(unused)]

mod drivers {
    #![allow(dead_code)]

    pub mod uart {
        #[warn(dead_code)]
        fn unused_baud() -> u32 {
            9600
        }

        pub fn send(b: u8) -> u8 {
            b
        }

        #[deny(unused_variables)]
        pub fn checked(len: u32) -> u32 {
            #[allow(unused_variables)]
            let scratch = len * 2;
            len
        }
    }

    fn spi_unused() {}
}

mod boot {
    use super::drivers::uart::send;
    use super::drivers::uart;

    pub fn start() -> u8 {
        let mut tries = 0;
        while true {
            tries += 1;
            if tries > 2 {
                break;
            }
        }
        #[allow(while_true)]
        while true {
            break;
        }
        send(tries)
    }

    #[allow(non_snake_case)]
    pub fn BootLoader() -> u8 {
        let LocalValue = 1;
        LocalValue
    }

    pub fn ResetVector() -> u8 {
        0
    }
}

struct Image {
    size: u32,
    crc: u32,
}

#[allow(dead_code)]
impl Image {
    fn verify(&self) -> bool {
        self.crc != 0
    }
}

impl Image {
    fn len(&self) -> u32 {
        self.size
    }

    fn stale(&self) -> u32 {
        0
    }
}

fn main() {
    let img = Image { size: 4, crc: 1 };
    let unused_here = 3;
    println!("{} {} {} {}", img.len(), boot::start(), boot::BootLoader(), boot::ResetVector());
    println!("{}", drivers::uart::checked(2));
}
