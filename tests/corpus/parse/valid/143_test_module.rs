// A library-style file with unit tests in a cfg(test) module, using assert macros and should_panic.
pub fn gcd(mut a: u64, mut b: u64) -> u64 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

pub fn lcm(a: u64, b: u64) -> Option<u64> {
    if a == 0 || b == 0 {
        return Some(0);
    }
    (a / gcd(a, b)).checked_mul(b)
}

pub fn parse_ratio(s: &str) -> Result<(u64, u64), String> {
    let (n, d) = s.split_once('/').ok_or_else(|| format!("no '/' in {s:?}"))?;
    let n: u64 = n.trim().parse().map_err(|e| format!("numerator: {e}"))?;
    let d: u64 = d.trim().parse().map_err(|e| format!("denominator: {e}"))?;
    if d == 0 {
        panic!("zero denominator");
    }
    let g = gcd(n, d);
    Ok((n / g, d / g))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gcd_basics() {
        assert_eq!(gcd(12, 18), 6);
        assert_eq!(gcd(0, 5), 5);
        assert_eq!(gcd(7, 0), 7);
    }

    #[test]
    fn lcm_overflow_is_none() {
        assert_eq!(lcm(4, 6), Some(12));
        assert!(lcm(u64::MAX, u64::MAX - 1).is_none());
    }

    #[test]
    fn ratios_reduce() -> Result<(), String> {
        assert_eq!(parse_ratio(" 6 / 8 ")?, (3, 4));
        assert!(parse_ratio("x/2").is_err(), "non-numeric must fail");
        assert_ne!(parse_ratio("1/3")?, (2, 6));
        Ok(())
    }

    #[test]
    #[should_panic(expected = "zero denominator")]
    fn zero_denominator_panics() {
        let _ = parse_ratio("1/0");
    }

    #[test]
    #[ignore]
    fn slow_exhaustive() {
        for a in 1..200u64 {
            for b in 1..200u64 {
                assert_eq!(gcd(a, b) * lcm(a, b).unwrap(), a * b);
            }
        }
    }
}

fn main() {
    println!("{} {:?} {:?}", gcd(48, 180), lcm(21, 6), parse_ratio("10/4"));
}
