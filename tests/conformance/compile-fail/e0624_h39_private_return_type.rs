// A pub function returns a type that was left private.
mod shop {
    #[derive(Debug)]
    struct Receipt {
        total: u32,
        items: u32,
    }

    impl Receipt {
        pub fn total(&self) -> u32 {
            self.total
        }
        fn average(&self) -> u32 {
            self.total / self.items
        }
    }

    pub fn checkout(prices: &[u32]) -> Receipt {
        let mut total = 0;
        for p in prices {
            total += *p;
        }
        Receipt { total, items: prices.len() as u32 }
    }
}

fn main() {
    let r = shop::checkout(&[3, 4, 5]);
    println!("total {}", r.total());
    println!("avg {}", r.average());
}
