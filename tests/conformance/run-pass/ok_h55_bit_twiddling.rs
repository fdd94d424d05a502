// Classic bit tricks on unsigned integers.
fn next_pow2(x: u32) -> u32 {
    if x <= 1 {
        return 1;
    }
    1 << (u32::BITS - (x - 1).leading_zeros())
}

fn gray(n: u16) -> u16 {
    n ^ (n >> 1)
}

fn lowest_set(x: u64) -> u64 {
    x & x.wrapping_neg()
}

fn clear_lowest(x: u64) -> u64 {
    x & x.wrapping_sub(1)
}

fn reverse_nibbles(x: u8) -> u8 {
    x.rotate_left(4)
}

fn hamming(a: u32, b: u32) -> u32 {
    (a ^ b).count_ones()
}

fn log2_floor(x: u32) -> u32 {
    31 - x.leading_zeros()
}

fn main() {
    for x in [0u32, 1, 5, 16, 17, 1000] {
        println!("next_pow2({}) = {} (pow2? {})", x, next_pow2(x), x.is_power_of_two());
    }
    for n in 0..8u16 {
        print!("{:03b} ", gray(n));
    }
    println!();
    println!("{:#x} {:#x}", lowest_set(0b1011_0000), clear_lowest(0b1011_0000));
    println!("{:#04x}", reverse_nibbles(0xA5));
    println!("{}", hamming(0b1011, 0b0110));
    println!("{}", log2_floor(1025));
    println!("{:#010x}", 0x1234_5678u32.swap_bytes());
    println!("{}", 0xF0u8.trailing_zeros() + 0x0Fu8.leading_zeros());
    let (r, o) = 250u8.overflowing_add(10);
    println!("{} {}", r, o);
    let (r2, o2) = 3i32.overflowing_sub(5);
    println!("{} {}", r2, o2);
    println!("{}", i32::MIN.overflowing_neg().1);
    println!("{}", 7u32.rotate_right(1));
}
