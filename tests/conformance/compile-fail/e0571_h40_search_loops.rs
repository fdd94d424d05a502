fn find_index(haystack: &[i32], needle: i32) -> usize {
    let pos = for (i, v) in haystack.iter().enumerate() {
        if *v == needle {
            break i;
        }
    };
    pos
}

fn first_over(limit: u32) -> u32 {
    let mut n = 1;
    let found = while n < 1000 {
        if n * n > limit {
            break n;
        }
        n += 1;
    };
    found
}

fn gcd(mut a: u32, mut b: u32) -> u32 {
    loop {
        if b == 0 {
            break a;
        }
        let t = a % b;
        a = b;
        b = t;
    }
}

fn main() {
    println!("{} {} {}", find_index(&[4, 8, 15], 8), first_over(50), gcd(48, 18));
}
