// lints: dead_code
// Items only used by each other, or only by their own impl, are still dead.
mod cache {
    pub struct Lru {
        cap: usize,
        used: usize,
    }

    impl Lru {
        pub fn new(cap: usize) -> Self {
            Self::empty(cap)
        }
        fn empty(cap: usize) -> Self {
            Self { cap, used: 0 }
        }
        fn evict(&mut self) {
            self.trim();
        }
        fn trim(&mut self) {
            self.used = self.cap / 2;
        }
    }

    pub fn is_even(n: u32) -> bool {
        if n == 0 { true } else { is_odd(n - 1) }
    }

    fn is_odd(n: u32) -> bool {
        if n == 0 { false } else { is_even(n - 1) }
    }

    #[derive(Debug, Clone)]
    pub struct Snapshot {
        pub entries: usize,
    }

    pub enum Msg {
        Ping,
        Data(u8),
    }

    pub fn handle(m: Msg) -> u8 {
        match m {
            Msg::Ping => 0,
            Msg::Data(d) => d,
        }
    }
}

fn main() {
    let l = cache::Lru::new(3);
    let _ = l;
}
