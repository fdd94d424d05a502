fn main() {
    let regs = [0x10u8, 0xff, 0x7f];
    println!("{:x?}", regs);
    println!("{:#X?}", regs[1]);
    println!("{:?x}", regs);
}
