fn collatz_steps(mut n: u64) -> u32 {
    let mut steps = 0;
    loop {
        if n == 1 {
            break steps;
        }
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
}

fn first_square_above(limit: u32) -> u32 {
    let mut i = 0;
    let found = loop {
        i += 1;
        let sq = i * i;
        if sq > limit {
            break sq;
        }
    };
    found
}

fn digits(mut n: u32) -> [u8; 10] {
    let mut out = [0u8; 10];
    let mut len = 0;
    while n > 0 {
        out[len] = (n % 10) as u8;
        n /= 10;
        len += 1;
    }
    out
}

fn main() {
    println!("{}", collatz_steps(27));
    println!("{}", first_square_above(50));
    println!("{:?}", digits(90210));
    let x = loop {
        break 'x';
    };
    println!("{}", x);
}
