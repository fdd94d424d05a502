// lints: forbidden_lint_groups
// Style is forbidden crate-wide, warnings are denied; one FFI-ish helper asks to warn only.
#![forbid(nonstandard_style)]
#![deny(warnings)]

mod hw {
    #[warn(non_snake_case)]
    pub fn read_reg(addr: u16) -> u16 {
        addr ^ 0x5a5a
    }

    pub fn write_reg(addr: u16, value: u16) -> u16 {
        addr.wrapping_add(value)
    }
}

fn main() {
    let a = hw::read_reg(0x10);
    let b = hw::write_reg(0x20, a);
    println!("{:04x} {:04x}", a, b);
}
