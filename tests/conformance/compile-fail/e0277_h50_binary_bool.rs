fn main() {
    let flags = [true, false, true];
    let mut packed: u8 = 0;
    for (i, f) in flags.iter().enumerate() {
        if *f {
            packed |= 1 << i;
        }
    }
    println!("{:08b}", packed);
    println!("{:b}", flags[0]);
}
