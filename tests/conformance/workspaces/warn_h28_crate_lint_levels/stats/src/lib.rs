// A statistics library that sets lint levels for itself; they do not reach its users.
#![allow(dead_code)]
#![warn(unused_qualifications)]
#![warn(nonstandard_style)]

mod internal {
    pub fn square(x: i64) -> i64 {
        x * x
    }
    pub fn unused_cube(x: i64) -> i64 {
        x * x * x
    }
}

pub const sample_limit: usize = 8;

#[derive(Debug, Clone, Copy)]
pub struct Summary {
    pub mean: i64,
    pub variance: i64,
}

pub fn summarize(values: &[i64; 4]) -> Summary {
    let mut sum = 0;
    for v in values {
        sum += v;
    }
    let mean = sum / values.len() as i64;
    let mut acc = 0;
    let mut unused_counter = 0;
    for v in values {
        acc += internal::square(v - mean);
    }
    Summary { mean, variance: acc / values.len() as i64 }
}

#[allow(non_snake_case)]
pub fn StdDevApprox(s: Summary) -> i64 {
    let mut guess = s.variance / 2 + 1;
    let mut i = 0;
    while i < 10 {
        guess = (guess + s.variance / guess.max(1)) / 2;
        i += 1;
    }
    guess
}
