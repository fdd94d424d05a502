// Sieve of Eratosthenes in a fixed [bool; N], plus a few prime helpers.
const LIMIT: usize = 200;

struct Sieve {
    composite: [bool; LIMIT + 1],
}

impl Sieve {
    fn new() -> Sieve {
        let mut composite = [false; LIMIT + 1];
        composite[0] = true;
        composite[1] = true;
        let mut i = 2;
        while i * i <= LIMIT {
            if !composite[i] {
                let mut j = i * i;
                while j <= LIMIT {
                    composite[j] = true;
                    j += i;
                }
            }
            i += 1;
        }
        Sieve { composite }
    }

    fn is_prime(&self, n: usize) -> bool {
        n <= LIMIT && !self.composite[n]
    }

    fn count(&self) -> usize {
        let mut c = 0;
        for flag in self.composite.iter() {
            if !*flag {
                c += 1;
            }
        }
        c
    }

    fn nth(&self, n: usize) -> usize {
        let mut seen = 0;
        for (i, &flag) in self.composite.iter().enumerate() {
            if !flag {
                seen += 1;
                if seen == n {
                    return i;
                }
            }
        }
        0
    }

    fn twin_pairs(&self, out: &mut [(usize, usize)]) -> usize {
        let mut found = 0;
        for p in 3..LIMIT - 1 {
            if found == out.len() {
                break;
            }
            if self.is_prime(p) && self.is_prime(p + 2) {
                out[found] = (p, p + 2);
                found += 1;
            }
        }
        found
    }
}

fn prime_factors(mut n: u64, out: &mut [u64; 16]) -> usize {
    let mut k = 0;
    let mut d = 2;
    while d * d <= n {
        while n % d == 0 {
            out[k] = d;
            k += 1;
            n /= d;
        }
        d += 1;
    }
    if n > 1 {
        out[k] = n;
        k += 1;
    }
    k
}

fn main() {
    let sieve = Sieve::new();
    println!("primes up to {}: {}", LIMIT, sieve.count());
    println!("10th prime is {}", sieve.nth(10));
    let mut pairs = [(0usize, 0usize); 8];
    let n = sieve.twin_pairs(&mut pairs);
    for pair in &pairs[..n] {
        println!("twin: {:?}", pair);
    }
    let mut factors = [0u64; 16];
    let k = prime_factors(360_360, &mut factors);
    println!("factors: {:?}", &factors[..k]);
}
