// `main` written inside a module: rustc wants it at the crate root, and
// says where the one it found is.
mod app {
    pub struct Counter {
        pub hits: u64,
    }

    impl Counter {
        pub fn bump(&mut self) -> u64 {
            self.hits += 1;
            self.hits
        }
    }

    pub fn main() {
        let mut counter = Counter { hits: 0 };
        for _ in 0..3 {
            counter.bump();
        }
        println!("{}", counter.hits);
    }
}

mod tools {
    fn main() -> u8 {
        let total: u8 = 200;
        total
    }
}
