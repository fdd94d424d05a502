// Sieve of Eratosthenes with a fixed bound, then twin primes and gaps.
const LIMIT: usize = 200;

fn sieve() -> [bool; LIMIT] {
    let mut is_prime = [true; LIMIT];
    is_prime[0] = false;
    is_prime[1] = false;
    let mut i = 2;
    while i * i < LIMIT {
        if is_prime[i] {
            let mut j = i * i;
            while j < LIMIT {
                is_prime[j] = false;
                j += i;
            }
        }
        i += 1;
    }
    is_prime
}

fn main() {
    let primes = sieve();
    let mut count = 0;
    let mut last = 0;
    let mut max_gap = 0;
    for n in 2..LIMIT {
        if !primes[n] {
            continue;
        }
        count += 1;
        if last != 0 {
            max_gap = max_gap.max(n - last);
            if n - last == 2 {
                print!("({},{}) ", last, n);
            }
        }
        last = n;
    }
    println!();
    println!("{} primes below {}, largest {}, max gap {}", count, LIMIT, last, max_gap);
    let mut sum: u64 = 0;
    for (n, &p) in primes.iter().enumerate() {
        if p {
            sum += n as u64;
        }
    }
    println!("sum = {}", sum);
}
