// Fixed-point helpers with unary operators on types that do not support them.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Fixed {
    raw: i32,
}

impl Fixed {
    const ONE: Fixed = Fixed { raw: 1 << 16 };

    fn from_int(v: i32) -> Fixed {
        Fixed { raw: v << 16 }
    }

    fn neg(self) -> Fixed {
        Fixed { raw: -self.raw }
    }
}

fn offset(len: u32) -> u32 {
    let back = -len;
    back
}

fn flip(f: Fixed) -> Fixed {
    -f
}

fn mask(bits: u8) -> u8 {
    !bits
}

fn main() {
    let a = Fixed::from_int(3);
    let b = a.neg();
    let c = flip(b);
    let on = true;
    let inverted = !Fixed::ONE;
    let ch = -'a';
    println!("{:?} {:?} {} {} {:?} {}", b, c, offset(4), mask(0x0f), inverted, !on);
    let _ = ch;
}
