#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
struct Id(u32);

fn main() {
    let id = Id(17);
    let r = &id;
    let rr = &r;
    println!("{:?} {:?} {:?}", id, r, rr);
    println!("{:#?}", (id, Id::default()));
    println!("{:+}|{:08}|{:#}", "str", "zero", 5);
    let mut n = 10i32;
    let m = &mut n;
    *m += 1;
    println!("{}", m);
    println!("{:5}|{:<5}|{:^5}|{:>5}|", 1, 2, 3, 4);
    println!("{:_>5}|{:😀<4}|", 9, 8);
    println!("{:#06b} {:#06x} {:#06o}", 5, 255, 8);
    println!("{:x} {:X}", -255i32, 255u8);
    println!("{:?} {:x?} {:X?} {:#x?}", [10, 11], [10, 11], [10, 11], 255);
    println!("{:?}", (i128::MAX, u128::MAX, i8::MIN));
    println!("{0:?} {0:e}", 1e100);
}
