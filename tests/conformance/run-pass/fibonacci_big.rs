// Fibonacci numbers in u128, digit counts, and the Pisano period modulo 10.
fn fib(n: u32) -> u128 {
    let (mut a, mut b) = (0u128, 1u128);
    for _ in 0..n {
        let next = a + b;
        a = b;
        b = next;
    }
    a
}

fn digits(mut n: u128) -> u32 {
    let mut d = 1;
    while n >= 10 {
        n /= 10;
        d += 1;
    }
    d
}

fn pisano(m: u64) -> u64 {
    let (mut a, mut b) = (0u64, 1u64);
    let mut period = 0;
    loop {
        let t = (a + b) % m;
        a = b;
        b = t;
        period += 1;
        if a == 0 && b == 1 {
            return period;
        }
    }
}

fn main() {
    for n in [10, 50, 93, 150, 186] {
        let f = fib(n);
        println!("fib({}) = {} ({} digits)", n, f, digits(f));
    }
    println!("u128::MAX has {} digits", digits(u128::MAX));
    for m in [2, 3, 10, 100] {
        println!("pisano({}) = {}", m, pisano(m));
    }
    println!("{:x}", fib(100));
}
