// IMU driver: raw big-endian bytes to signed values with associated consts and bit ops.
struct Imu {
    raw: [u8; 6],
}

impl Imu {
    const ADDR: u8 = 0x68;
    const READ_FLAG: u8 = 0x80;
    const LSB_PER_G: i32 = 16384;
    const AXES: usize = 3;
    const CMD: u8 = Self::ADDR | Self::READ_FLAG;

    fn axis(&self, n: usize) -> i16 {
        let hi = self.raw[n * 2];
        let lo = self.raw[n * 2 + 1];
        ((hi as u16) << 8 | lo as u16) as i16
    }

    fn milli_g(&self, n: usize) -> i32 {
        self.axis(n) as i32 * 1000 / Self::LSB_PER_G
    }
}

fn parity(b: u8) -> bool {
    b.count_ones() % 2 == 1
}

fn main() {
    let imu = Imu { raw: [0x40, 0x00, 0xC0, 0x00, 0xFF, 0xFE] };
    println!("cmd {:#04x} parity {}", Imu::CMD, parity(Imu::CMD));
    for n in 0..Imu::AXES {
        println!("axis {} raw {} = {} mg", n, imu.axis(n), imu.milli_g(n));
    }
    let packed: u32 = (imu.raw[0] as u32) << 24 | (imu.raw[2] as u32) << 16 | (imu.raw[4] as u32) << 8;
    println!("{:#010x} {} {}", packed, packed as i32, (packed as i32) >> 28);
    let neg = imu.axis(1);
    println!("{} {} {}", neg, neg as u16, neg.wrapping_abs());
    println!("{} {}", (neg >> 4) as i8, neg.abs_diff(0));
    println!("{} {}", i16::MIN.wrapping_neg(), (-1i16 as u16).leading_zeros());
}
