// lints: non_upper_case_globals non_snake_case unused_comparisons path_statements unused_must_use
// Register helpers ported from C headers, with a few no-op statements.
const ctrl_reg: u16 = 0x40;

fn read_field(RegValue: u16, Shift: u32) -> u16 {
    if RegValue >= 0 {
        RegValue;
    }
    RegValue.rotate_right(Shift);
    (RegValue >> Shift) & 0xF
}

fn main() {
    let BaseAddr: u16 = ctrl_reg;
    let f = read_field(BaseAddr, 4);
    let count: u8 = 3;
    if count <= 255 {
        println!("{}", f);
    }
    let Mask = 0x0F;
    println!("{}", f & Mask);
}
