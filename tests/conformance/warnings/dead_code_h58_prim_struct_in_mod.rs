// lints: dead_code
mod weird {
    #[allow(non_camel_case_types)]
    #[derive(Debug, Clone, Copy)]
    pub struct u8;

    #[allow(non_camel_case_types)]
    #[derive(Debug)]
    pub struct char {
        pub code: u32,
    }

    pub fn make() -> u8 {
        u8
    }

    pub fn small() -> i8 {
        -3
    }
}

fn main() {
    let a = weird::make();
    let b = weird::char { code: 65 };
    let c: u8 = 200;
    println!("{:?} {:?} {} {}", a, b, c, weird::small());
    let d: weird::u8 = a;
    println!("{:?}", d);
}
