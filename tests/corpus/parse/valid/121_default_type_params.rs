// Default type parameters on traits and structs, operator traits with Rhs, and associated type defaults in use.
use std::collections::hash_map::RandomState;
use std::collections::HashMap;
use std::hash::BuildHasher;
use std::ops::{Add, Mul};

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Money {
    cents: i64,
}

impl Add for Money {
    type Output = Money;
    fn add(self, rhs: Money) -> Money {
        Money { cents: self.cents + rhs.cents }
    }
}

impl Add<i64> for Money {
    type Output = Money;
    fn add(self, rhs: i64) -> Money {
        Money { cents: self.cents + rhs }
    }
}

impl Mul<f64> for Money {
    type Output = Money;
    fn mul(self, rate: f64) -> Money {
        Money { cents: (self.cents as f64 * rate).round() as i64 }
    }
}

pub trait Convert<Target = String> {
    fn convert(&self) -> Target;
}

impl Convert for Money {
    fn convert(&self) -> String {
        format!("${}.{:02}", self.cents / 100, self.cents.rem_euclid(100))
    }
}

impl Convert<f64> for Money {
    fn convert(&self) -> f64 {
        self.cents as f64 / 100.0
    }
}

pub struct Registry<K, V = String, S = RandomState> {
    map: HashMap<K, V, S>,
}

impl<K: std::hash::Hash + Eq, V, S: BuildHasher + Default> Registry<K, V, S> {
    pub fn new() -> Self {
        Registry { map: HashMap::with_hasher(S::default()) }
    }

    pub fn put(&mut self, k: K, v: V) {
        self.map.insert(k, v);
    }
}

fn main() {
    let price = Money { cents: 1999 };
    let total = (price + 1) * 1.2 + Money { cents: 50 };
    let s: String = total.convert();
    let f: f64 = total.convert();
    let as_string = <Money as Convert>::convert(&price);
    let as_float = <Money as Convert<f64>>::convert(&price);
    let mut r: Registry<u32> = Registry::new();
    r.put(1, "one".into());
    let mut r2 = Registry::<&str, i32, RandomState>::new();
    r2.put("x", 1);
    println!("{s} {f} {as_string} {as_float} {} {}", r.map.len(), r2.map["x"]);
}
