// Methods on loop variables whose type comes from the range bounds.
const N: usize = 6;

fn triangle(n: u32) -> u32 {
    let mut acc = 0;
    for i in 1..=n {
        acc += i.pow(2) - i.saturating_sub(1);
    }
    acc
}

fn main() {
    let data: [i16; N] = [3, -8, 12, -1, 0, 7];
    for i in 0..data.len() {
        let prev = data[i.saturating_sub(1)];
        let next = data[(i + 1).min(N - 1)];
        println!("{:>2}: {:>3} diff={} abs={}", i, data[i], prev.abs_diff(next), data[i].abs());
    }
    println!("{}", triangle(4));
    let mut k = 0u64;
    while k.count_ones() < 5 {
        k = (k << 1) | 1;
    }
    println!("{:b}", k);
    for step in (0..20).step_by(5) {
        let s: i32 = step;
        print!("{} ", s.signum());
    }
    println!();
    for j in (1..4).rev() {
        let m: u8 = j;
        print!("{} ", m.is_power_of_two());
    }
    println!();
}
