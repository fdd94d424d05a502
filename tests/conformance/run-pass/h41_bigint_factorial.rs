// Arbitrary-ish precision unsigned integers in fixed u32 limbs: factorials and powers.
const LIMBS: usize = 12;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Big {
    limbs: [u32; LIMBS], // little-endian base 2^32
}

impl Big {
    const ZERO: Big = Big { limbs: [0; LIMBS] };

    fn from_u64(v: u64) -> Big {
        let mut b = Big::ZERO;
        b.limbs[0] = v as u32;
        b.limbs[1] = (v >> 32) as u32;
        b
    }

    fn is_zero(&self) -> bool {
        for l in self.limbs {
            if l != 0 {
                return false;
            }
        }
        true
    }

    fn add(&self, o: &Big) -> Big {
        let mut out = Big::ZERO;
        let mut carry = false;
        for i in 0..LIMBS {
            let (s1, c1) = self.limbs[i].overflowing_add(o.limbs[i]);
            let (s2, c2) = s1.overflowing_add(carry as u32);
            out.limbs[i] = s2;
            carry = c1 || c2;
        }
        assert!(!carry, "Big overflow");
        out
    }

    fn mul_small(&self, m: u32) -> Big {
        let mut out = Big::ZERO;
        let mut carry = 0u64;
        for i in 0..LIMBS {
            let prod = self.limbs[i] as u64 * m as u64 + carry;
            out.limbs[i] = prod as u32;
            carry = prod >> 32;
        }
        assert_eq!(carry, 0, "Big overflow in mul");
        out
    }

    /// Divides in place by `d`, returning the remainder.
    fn div_small(&mut self, d: u32) -> u32 {
        let mut rem = 0u64;
        for i in (0..LIMBS).rev() {
            let cur = (rem << 32) | self.limbs[i] as u64;
            self.limbs[i] = (cur / d as u64) as u32;
            rem = cur % d as u64;
        }
        rem as u32
    }

    fn print_decimal(&self) {
        if self.is_zero() {
            println!("0");
            return;
        }
        let mut digits = [0u8; LIMBS * 10];
        let mut n = 0;
        let mut tmp = *self;
        while !tmp.is_zero() {
            digits[n] = tmp.div_small(10) as u8;
            n += 1;
        }
        for i in (0..n).rev() {
            print!("{}", digits[i]);
        }
        println!();
    }

    fn bit_len(&self) -> u32 {
        for i in (0..LIMBS).rev() {
            if self.limbs[i] != 0 {
                return i as u32 * 32 + (32 - self.limbs[i].leading_zeros());
            }
        }
        0
    }
}

fn main() {
    let mut f = Big::from_u64(1);
    for k in 1..=50u32 {
        f = f.mul_small(k);
        if k % 10 == 0 {
            print!("{:>2}! = ", k);
            f.print_decimal();
        }
    }
    println!("50! has {} bits", f.bit_len());
    let mut fib = (Big::ZERO, Big::from_u64(1));
    for _ in 0..200 {
        fib = (fib.1, fib.0.add(&fib.1));
    }
    print!("fib(200) = ");
    fib.0.print_decimal();
    let mut p = Big::from_u64(u64::MAX);
    p = p.add(&Big::from_u64(1));
    println!("2^64 bits={} limbs[2]={}", p.bit_len(), p.limbs[2]);
    Big::ZERO.print_decimal();
}
