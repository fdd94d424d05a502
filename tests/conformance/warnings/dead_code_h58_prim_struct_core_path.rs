// lints: dead_code
mod weird {
    #[allow(non_camel_case_types)]
    #[derive(Debug, Clone, Copy)]
    pub struct u8;

    #[allow(non_camel_case_types)]
    #[derive(Debug)]
    pub struct bool {
        pub truthy: core::primitive::bool,
    }

    pub fn make() -> u8 {
        u8
    }

    pub fn real_byte() -> ::core::primitive::u8 {
        200
    }
}

fn main() {
    let a = weird::make();
    let b = weird::bool { truthy: true };
    let c: u8 = weird::real_byte();
    println!("{:?} {:?} {}", a, b, c);
    let d: weird::u8 = a;
    println!("{:?}", d);
}
