// Classify numbers by their aliquot sum, and find amicable pairs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Perfect,
    Abundant,
    Deficient,
}

fn aliquot(n: u32) -> u32 {
    if n < 2 {
        return 0;
    }
    let mut sum = 1;
    let mut d = 2;
    while d * d <= n {
        if n % d == 0 {
            sum += d;
            let other = n / d;
            if other != d {
                sum += other;
            }
        }
        d += 1;
    }
    sum
}

fn classify(n: u32) -> Class {
    match aliquot(n) {
        s if s == n => Class::Perfect,
        s if s > n => Class::Abundant,
        _ => Class::Deficient,
    }
}

fn main() {
    let mut tally = [0u32; 3];
    let mut perfect = [0u32; 4];
    let mut found = 0;
    for n in 1..=10_000u32 {
        let c = classify(n);
        tally[c as usize] += 1;
        if c == Class::Perfect {
            perfect[found] = n;
            found += 1;
        }
    }
    println!("perfect numbers: {:?}", &perfect[..found]);
    println!("perfect {} abundant {} deficient {}", tally[0], tally[1], tally[2]);
    let mut pairs = 0;
    for a in 2..3000u32 {
        let b = aliquot(a);
        if b > a && aliquot(b) == a {
            pairs += 1;
            println!("amicable: {} and {}", a, b);
        }
    }
    println!("{} amicable pairs below 3000", pairs);
    let first_odd_abundant = 'search: {
        let mut n = 1;
        loop {
            if classify(n) == Class::Abundant {
                break 'search n;
            }
            n += 2;
        }
    };
    println!("first odd abundant number: {}", first_odd_abundant);
}
